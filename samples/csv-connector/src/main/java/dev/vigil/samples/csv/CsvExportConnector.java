package dev.vigil.samples.csv;

import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.stay.StayContext;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A connector for a PMS that can only write a nightly CSV export of its in-house guests to a folder.
 * Reservations and rooms are looked up in the latest export; polling reports every line whose
 * {@code updated_at} is newer than the last poll (the first poll reports the whole export).
 */
final class CsvExportConnector implements PmsConnector {

    private final CsvExport export;
    private final ExportMapping mapping;
    private final ZoneId zone;
    private final Clock clock;
    private final Duration pollInterval;
    private final AtomicReference<Instant> highWater = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<HealthReport> health;

    CsvExportConnector(CsvExport export, ExportMapping mapping, ZoneId zone, Clock clock, Duration pollInterval) {
        this.export = export;
        this.mapping = mapping;
        this.zone = zone;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.health = new AtomicReference<>(HealthReport.unknown(clock.instant()));
    }

    @Override
    public Optional<StayContext> resolveReservation(String reservationRef) throws PmsException {
        String ref = reservationRef.trim();
        return rows().values().stream()
                .filter(r -> ref.equals(r.get("reservation_id")) || ref.equals(r.get("confirmation")))
                .findFirst().map(mapping::stay);
    }

    @Override
    public Optional<StayContext> resolveRoom(String room, Instant at) throws PmsException {
        LocalDate day = at.atZone(zone).toLocalDate();
        return rows().values().stream().filter(r -> room.trim().equals(r.get("room"))).map(mapping::stay)
                .filter(s -> s.covers(day)).findFirst();
    }

    @Override
    public Optional<Duration> pollInterval() {
        return Optional.of(pollInterval);
    }

    @Override
    public List<PmsEvent> poll() throws PmsException {
        Instant since = highWater.get();
        Instant newest = since;
        List<PmsEvent> events = new ArrayList<>();
        for (ExportRow row : rows().values()) {
            Instant updated = updatedAt(row);
            if (updated.isAfter(since)) {
                events.add(new PmsEvent("row:" + row.get("reservation_id") + ":" + updated, "row-updated",
                        row.get("reservation_id"), updated));
                newest = updated.isAfter(newest) ? updated : newest;
            }
        }
        highWater.set(newest);
        return events;
    }

    @Override
    public List<StayUpdate> updatesFor(PmsEvent event) throws PmsException {
        if (!"row-updated".equals(event.type()) || event.entityId() == null) {
            return List.of();
        }
        ExportRow row = rows().get(event.entityId());
        // a guest who left is no longer in the export of in-house guests: Vigil keeps what it knew
        return row == null ? List.of() : List.of(StayUpdate.of(mapping.stay(row), event.occurredAt()));
    }

    @Override
    public HealthReport health() {
        return health.get();
    }

    @Override
    public HealthReport checkHealth() {
        try {
            rows();
        } catch (PmsException e) {
            // the report holds the reason
        }
        return health();
    }

    private Map<String, ExportRow> rows() throws PmsException {
        try {
            Map<String, ExportRow> rows = export.read();
            health.set(new HealthReport(HealthReport.Status.UP, "the export holds " + rows.size() + " reservations",
                    clock.instant()));
            return rows;
        } catch (NoSuchFileException e) {
            return fail("the export file is missing: check the setting 'export-file' and the PMS's nightly job");
        } catch (IOException e) {
            return fail("the export file cannot be read: " + e.getClass().getSimpleName());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return fail("the export is not in the expected format: " + e.getMessage());
        }
    }

    private Map<String, ExportRow> fail(String why) throws PmsException {
        health.set(new HealthReport(HealthReport.Status.DOWN, why, clock.instant()));
        throw new PmsException(PmsException.Kind.UNAVAILABLE, why);
    }

    private static Instant updatedAt(ExportRow row) {
        return Instant.parse(row.get("updated_at"));
    }
}
