package dev.vigil.server.domain.model.observation;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregate root: one filed observation. Never edited once stored; a correction is a new observation.
 * Times are kept as UTC (JPA 3.1 has no {@code Instant}); the reporter's offset is kept beside them.
 */
@Entity
@Table(name = "observation")
public class Observation {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", nullable = false, length = 63)
    private String propertyId;

    @Column(name = "observed_at", nullable = false)
    private LocalDateTime observedAtUtc;

    @Column(name = "observed_offset_seconds", nullable = false)
    private int observedOffsetSeconds;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAtUtc;

    @Embedded
    private Reporter reporter;

    @Embedded
    private ObservedLocation location;

    @Column(name = "reservation_ref", length = 100)
    private String reservationRef;

    @Column(name = "stay_id", length = 36)
    private String stayId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observation_indicator", joinColumns = @JoinColumn(name = "observation_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "code", nullable = false, length = 41)
    private List<String> indicatorCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observation_subject", joinColumns = @JoinColumn(name = "observation_id"))
    private Set<SubjectToken> subjects = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observation_stay_key", joinColumns = @JoinColumn(name = "observation_id"))
    private Set<StayKey> stayKeys = new LinkedHashSet<>();

    @Column(name = "note_ciphertext", length = 16000)
    private String noteCiphertext;

    @Column(name = "note_flagged", nullable = false)
    private boolean noteFlagged;

    protected Observation() {
        // for JPA
    }

    public Observation(ObservationId id, TenantId tenant, PropertyId property, OffsetDateTime observedAt,
                       Instant receivedAt, Reporter reporter, ObservedLocation location, String reservationRef,
                       StayId stay, List<IndicatorCode> indicators, Set<SubjectToken> subjects,
                       String noteCiphertext) {
        this.id = Objects.requireNonNull(id, "id").value();
        this.tenantId = Objects.requireNonNull(tenant, "tenant").value();
        this.propertyId = Objects.requireNonNull(property, "property").value();
        this.observedAtUtc = LocalDateTime.ofInstant(observedAt.toInstant(), ZoneOffset.UTC);
        this.observedOffsetSeconds = observedAt.getOffset().getTotalSeconds();
        this.receivedAtUtc = LocalDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.location = Objects.requireNonNull(location, "location");
        this.reservationRef = reservationRef;
        this.stayId = stay == null ? null : stay.value();
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("an observation names at least one indicator");
        }
        indicators.forEach(code -> this.indicatorCodes.add(code.value()));
        this.subjects.addAll(subjects);
        this.noteCiphertext = noteCiphertext;
    }

    public ObservationId id() {
        return new ObservationId(id);
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public PropertyId property() {
        return new PropertyId(propertyId);
    }

    /** When it was seen, in the offset the reporter gave. */
    public OffsetDateTime observedAt() {
        return observedAtUtc.atOffset(ZoneOffset.UTC)
                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(observedOffsetSeconds));
    }

    public Instant receivedAt() {
        return receivedAtUtc.toInstant(ZoneOffset.UTC);
    }

    public Reporter reporter() {
        return reporter;
    }

    public ObservedLocation location() {
        return location;
    }

    public Optional<String> reservationRef() {
        return Optional.ofNullable(reservationRef);
    }

    public Optional<StayId> stay() {
        return Optional.ofNullable(stayId).map(StayId::new);
    }

    public List<IndicatorCode> indicators() {
        return indicatorCodes.stream().map(IndicatorCode::new).toList();
    }

    public Set<SubjectToken> subjects() {
        return Set.copyOf(subjects);
    }

    public Optional<String> noteCiphertext() {
        return Optional.ofNullable(noteCiphertext);
    }

    /** The note described a person rather than behaviour; kept for the reporter audit. */
    public boolean noteFlagged() {
        return noteFlagged;
    }

    public void flagNote() {
        this.noteFlagged = true;
    }

    /**
     * The subject keys observations are grouped by: the room stay, the area when there is no room,
     * and each pseudonymised subject. Never a raw identifier.
     */
    public Set<SubjectKey> subjectKeys() {
        Set<SubjectKey> keys = new java.util.TreeSet<>();
        if (stayId != null) {
            keys.add(new SubjectKey(SubjectType.ROOM_STAY, stayId));
        } else if (location.area().isPresent()) {
            keys.add(new SubjectKey(SubjectType.AREA, propertyId + ":" + location.area().get().toLowerCase(java.util.Locale.ROOT)));
        }
        subjects.forEach(s -> keys.add(new SubjectKey(SubjectType.of(s.kind()), s.token())));
        stayKeys.forEach(k -> keys.add(k.key()));
        return keys;
    }

    /**
     * Links the keys of the observation's stay as the PMS knows it (reservation, group, guests, booker,
     * payer), at filing or later when the PMS answers. What the reporter filed is unchanged.
     *
     * @return the keys that were not linked before
     */
    public Set<SubjectKey> linkStay(Set<SubjectKey> keys) {
        Set<SubjectKey> before = subjectKeys();
        Set<SubjectKey> added = new java.util.TreeSet<>();
        for (SubjectKey key : keys) {
            if (!before.contains(key) && stayKeys.add(new StayKey(key))) {
                added.add(key);
            }
        }
        return added;
    }

    /** What the pattern engine needs to know of this observation. */
    public ObservationFact fact() {
        return new ObservationFact(id, observedAtUtc.toInstant(ZoneOffset.UTC), reporter.staffId(), reporter.role(),
                indicators(), subjectKeys(), location.room().orElse(null), location.area().orElse(null));
    }

    /** True when the given principal filed it (the reporter may read their own observation). */
    public boolean filedBy(String principal) {
        return reporter.filedBy().equals(principal);
    }
}
