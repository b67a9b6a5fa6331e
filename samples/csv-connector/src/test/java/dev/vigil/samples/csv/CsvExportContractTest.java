package dev.vigil.samples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.plugin.testkit.ConnectorContract;
import dev.vigil.plugin.testkit.DocumentedEvent;
import dev.vigil.plugin.testkit.RequestJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export connector keeps the plugin contract, run with the kit every connector runs. */
class CsvExportContractTest extends ConnectorContract {

    static final String EXPORT = """
            reservation_id,confirmation,status,room,arrival,departure,adults,children,child_ages,channel,group_code,guest_id,booker_id,payer_account,payment,updated_at
            R-1001,C-77,in_house,214,2026-05-10,2026-05-13,2,2,7;12,ota,WEDDING-26,G-501,G-501,,channel,2026-05-10T15:00:00Z
            R-1002,C-78,in_house,305,2026-05-11,2026-05-12,1,0,,walk_in,,G-502,G-502,,cash,2026-05-11T22:40:00Z
            R-1003,"C-79, late",expected,,2026-05-20,2026-05-22,1,0,,corporate,,G-503,B-900,ACME-LEDGER,invoice,2026-05-09T08:00:00Z
            """;

    @TempDir
    static Path folder;
    Path file;

    @BeforeEach
    void writeTheExport() throws IOException {
        file = folder.resolve("in-house.csv");
        Files.writeString(file, EXPORT);
    }

    @Override
    protected String systemId() {
        return "csv-export";
    }

    @Override
    protected ConnectorSettings settings() {
        Map<String, String> values = Map.of("export-file", folder.resolve("in-house.csv").toString());
        return name -> Optional.ofNullable(values.get(name));
    }

    @Override
    protected ConnectorSettings settingsWithBadCredentials() {
        return null; // a file has no credentials
    }

    @Override
    protected String knownReservation() {
        return "C-77";
    }

    @Override
    protected String knownRoom() {
        return "305";
    }

    @Override
    protected Instant whenInRoom() {
        return Instant.parse("2026-05-11T23:00:00Z");
    }

    @Override
    protected Set<String> rawIdentifiers() {
        return Set.of("G-501", "G-502", "G-503", "B-900", "ACME-LEDGER", "WEDDING-26");
    }

    @Override
    protected List<DocumentedEvent> documentedEvents() {
        return List.of(DocumentedEvent.polled("row-updated", () -> { }, "R-1001", "R-1002", "R-1003"));
    }

    @Override
    protected RequestJournal journal() {
        // no requests at all: the connector only reads a file
        return List::of;
    }

    @Test
    void childrenWithAges_channelPayment_andAGroup() throws PmsException {
        StayContext stay = connect(settings()).resolveReservation("R-1001").orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.IN_HOUSE);
        assertThat(stay.childAges()).containsExactly(7, 12);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.OTA);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CHANNEL_COLLECTED);
        assertThat(stay.groupToken()).startsWith("res_group:");
        assertThat(stay.departure()).isEqualTo(LocalDate.of(2026, 5, 13));
    }

    @Test
    void aQuotedConfirmation_andACompanyPayingByInvoice() throws PmsException {
        StayContext stay = connect(settings()).resolveReservation("C-79, late").orElseThrow();
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.COMPANY_ACCOUNT);
        assertThat(stay.payerToken()).isNotEqualTo(stay.bookerToken()).startsWith("payer:");
    }

    @Test
    void laterPolls_reportOnlyLinesUpdatedSince() throws Exception {
        PmsConnector connector = connect(settings());
        assertThat(connector.poll()).hasSize(3);
        assertThat(connector.poll()).isEmpty();
        Files.writeString(file, EXPORT.replace("1,0,,walk_in,,G-502,G-502,,cash,2026-05-11T22:40:00Z",
                "2,0,,walk_in,,G-502,G-502,,cash,2026-05-12T07:00:00Z"));
        assertThat(connector.poll()).singleElement().satisfies(e -> assertThat(e.entityId()).isEqualTo("R-1002"));
    }

    @Test
    void aMissingExport_isUnavailable_andHealthDownSaysWhatToCheck() throws IOException {
        Files.delete(file);
        PmsConnector connector = connect(settings());
        assertThatThrownBy(() -> connector.resolveReservation("R-1001")).isInstanceOf(PmsException.class);
        assertThat(connector.checkHealth().status()).isEqualTo(HealthReport.Status.DOWN);
        assertThat(connector.health().detail()).contains("export-file");
    }
}
