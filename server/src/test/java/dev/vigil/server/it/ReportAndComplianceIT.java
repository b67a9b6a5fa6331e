package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The report packet and the compliance evidence end to end on Payara Micro: JSON and PDF, roles, scope, validation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportAndComplianceIT {

    private static final List<String> RAW = List.of("RES-815-RAW", "BADGE-815", "PLATE-815", "a note that names no one");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("vigil.war", "target/ROOT.war")));
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private void file(String user, String property, String role, int minutesAgo, String room, String codes, String extra) {
        String body = "{\"propertyId\":\"" + property + "\",\"observedAt\":\"" + minutesAgo(minutesAgo) + "\","
                + "\"reporter\":{\"id\":\"" + user + "\",\"role\":\"" + role + "\"},\"location\":{\"room\":\"" + room + "\"},"
                + "\"reservationRef\":\"RES-815-RAW\",\"indicators\":" + codes + (extra == null ? "" : "," + extra) + "}";
        Http.Reply reply = http().post("api/v1/observations", user, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private String caseOfRoom(String room, String user) {
        Http.Reply queue = http().get("api/v1/cases?room=" + room, user);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        return Json.object(queue.body()).getJsonArray("cases").getJsonObject(0).getString("id");
    }

    private static String pdfText(Http.Download pdf) throws Exception {
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aReportCase_isExportedAsJsonAndPdf_withTheFacts_andNoRawIdentifier() throws Exception {
        file("frontdesk", "demo-hotel", "FD", 600, "815", "[\"CTRL_SPEAKS_FOR\",\"CTRL_HOLDS_ID_MONEY\"]",
                "\"note\":\"a note that names no one\"");
        for (int v = 1; v <= 5; v++) {
            file("security", "demo-hotel", "SEC", 300 - 30 * v, "815", "[\"VIS_SHORT_VISIT\"]",
                    "\"subjects\":{\"visitor\":\"BADGE-815-" + v + "\",\"vehicle\":\"PLATE-815\"}");
        }
        file("manager", "demo-hotel", "SEC", 60, "815", "[\"CTRL_LOOKOUT\"]", null);
        String id = caseOfRoom("815", "security");

        Http.Reply json = http().get("api/v1/cases/" + id + "/report", "security", "Accept", "application/json");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.header("Content-Language")).isEqualTo("en");
        assertThat(json.header("Cache-Control")).isEqualTo("no-store");
        JsonObject packet = Json.object(json.body());
        assertThat(packet.getJsonObject("caseFile").getString("severity")).isEqualTo("REPORT");
        assertThat(packet.getJsonObject("caseFile").getJsonArray("rooms").getString(0)).isEqualTo("815");
        assertThat(packet.getJsonObject("caseFile").getJsonObject("identifiersRecorded").getInt("VISITOR")).isEqualTo(5);
        assertThat(packet.getJsonObject("property").getString("name")).isEqualTo("Demo Hotel Hartford");
        assertThat(json.body()).contains("another person answered", "1-888-373-7888", "\"status\":\"sourced\"",
                "\"status\":\"assumed\"", "contact_hotline").doesNotContain("reporterId");
        RAW.forEach(raw -> assertThat(json.body()).doesNotContainIgnoringCase(raw));

        String text = pdfText(http().download("api/v1/cases/" + id + "/report", "manager", "Accept", "application/pdf"));
        assertThat(text).contains("Case report packet", "Demo Hotel Hartford", "room 815", "front desk (FD)",
                "another person answered", "contact the trafficking hotline (contact_hotline)", "1-888-373-7888",
                "Deadline source assumed",
                "1-800-842-2288", "5 visitor");
        RAW.forEach(raw -> assertThat(text).doesNotContainIgnoringCase(raw));

        Http.Reply spanish = http().get("api/v1/cases/" + id + "/report?lang=es", "security");
        assertThat(spanish.header("Content-Language")).isEqualTo("es");
        assertThat(spanish.body()).contains("Cuando el personal");

        assertThat(http().get("api/v1/cases/" + id + "/report", "frontdesk").status()).isEqualTo(403);
        assertThat(http().get("api/v1/cases/" + id + "/report", "admin").status()).isEqualTo(403);
        assertThat(http().get("api/v1/cases/" + id + "/report", "othersecurity").status()).isEqualTo(404);
        assertThat(http().get("api/v1/cases/not-a-case/report", "security").status()).isEqualTo(404);
        Http.Reply html = http().get("api/v1/cases/" + id + "/report", "security", "Accept", "text/html");
        assertThat(html.status()).isEqualTo(406);
    }

    @Test
    void aPropertyInIsrael_hasItsPacketInHebrewWith100_never911_andIsAskedForNoTrainingOrNotice() throws Exception {
        String staff = dev.vigil.server.testing.TestTokens.token(b -> b.claim("upn", "yael").claim("tenant", "demo-chain")
                .claim("property", "tel-aviv-inn").claim("groups", List.of("staff")).claim("reporter_roles", List.of("FD")));
        String security = "Bearer " + dev.vigil.server.testing.TestTokens.token("dana", "demo-chain", "tel-aviv-inn",
                List.of("security"));
        String body = "{\"propertyId\":\"tel-aviv-inn\",\"observedAt\":\"" + minutesAgo(20) + "\","
                + "\"reporter\":{\"id\":\"yael\",\"role\":\"FD\"},\"location\":{\"room\":\"1207\"},"
                + "\"indicators\":[\"CTRL_CONFINED\",\"MIN_NONGUEST_VISITS\"]}";
        Http.Reply filed = http().post("api/v1/observations", null, body, "Authorization", "Bearer " + staff);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        Http.Reply queue = http().get("api/v1/cases?room=1207", null, "Authorization", security);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        String id = Json.object(queue.body()).getJsonArray("cases").getJsonObject(0).getString("id");

        Http.Reply json = http().get("api/v1/cases/" + id + "/report", null, "Authorization", security, "Accept", "application/json");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.header("Content-Language")).as("the property's language, from its protocol").isEqualTo("he");
        JsonObject packet = Json.object(json.body());
        assertThat(packet.getJsonObject("protocol").getString("id")).isEqualTo("il-lodging-trafficking");
        assertThat(packet.getJsonArray("numbers").getValuesAs(JsonObject.class))
                .anySatisfy(n -> assertThat(n.getString("number")).isEqualTo("100"));
        // CALL_911 is the stable code of the step "call the emergency number"; what people read says 100
        assertThat(json.body().replace("\"CALL_911\"", "\"CALL\"")).contains("call_police_100", "youth_law_urgent", "משטרה")
                .doesNotContain("911").doesNotContain("1-888");
        String pdf = pdfText(http().download("api/v1/cases/" + id + "/report", null, "Authorization", security,
                "Accept", "application/pdf"));
        assertThat(pdf).contains("100").doesNotContain("911");

        Http.Reply compliance = http().get("api/v1/compliance", null, "Authorization", security);
        assertThat(compliance.status()).as(compliance.body()).isEqualTo(200);
        JsonObject summary = Json.object(compliance.body());
        assertThat(summary.getJsonObject("training").get("duty")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(summary.getJsonArray("notices")).isEmpty();
        assertThat(summary.getJsonObject("registration").getString("standing")).isEqualTo("NOT_REQUIRED");
        assertThat(summary.getJsonArray("context").getValuesAs(JsonObject.class)).extracting(c -> c.getString("id"))
                .contains("no_statutory_duty", "closure_orders");
    }

    @Test
    void aPropertyWithNoTrainingRecorded_stillFilesAndExportsReports() throws Exception {
        file("otherdesk", "other-hotel", "HK", 90, "816", "[\"ROOM_IDS_MANY_NAMES\"]", null);
        Http.Reply compliance = http().get("api/v1/compliance", "othersecurity");
        assertThat(compliance.status()).as(compliance.body()).isEqualTo(200);
        assertThat(Json.object(compliance.body()).getJsonObject("training").getInt("employees")).isZero();
        String id = caseOfRoom("816", "othersecurity");
        assertThat(pdfText(http().download("api/v1/cases/" + id + "/report", "othersecurity", "Accept", "application/pdf")))
                .contains("Other Hotel New Haven", "room 816");
    }

    @Test
    void managersRecordTrainingNoticesAndRegistration_andTheSummaryListsWhoIsDue_asJsonAndPdf() throws Exception {
        Http.Reply bad = http().post("api/v1/compliance/training", "manager",
                "{\"employeeRef\":\"\",\"hireDate\":\"tomorrow\",\"provider\":\"AHLA\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"employeeRef\"", "\"field\":\"hireDate\"", "\"field\":\"trainingDate\"",
                "\"field\":\"topics\"");
        assertThat(http().post("api/v1/compliance/training", "security", "{}").status()).isEqualTo(403);
        assertThat(http().post("api/v1/compliance/training", "frontdesk", "{}").status()).isEqualTo(403);

        Http.Reply hire = http().post("api/v1/compliance/training", "manager",
                "{\"employeeRef\":\"E-NEW-1\",\"employeeName\":\"Sam Lee\",\"hireDate\":\"2020-02-03\"}");
        assertThat(hire.status()).as(hire.body()).isEqualTo(201);
        assertThat(Json.object(hire.body()).getJsonObject("employee").getString("trainingStanding")).isEqualTo("OVERDUE");
        Http.Reply trained = http().post("api/v1/compliance/training", "admin", "{\"propertyId\":\"demo-hotel\","
                + "\"employeeRef\":\"E-OK-1\",\"hireDate\":\"2020-02-03\",\"trainingDate\":\"" + java.time.LocalDate.now().minusDays(10)
                + "\",\"provider\":\"AHLA No Room for Trafficking\",\"topics\":[\"recognize_potential_victims\","
                + "\"activities_associated_with_trafficking\"],\"certifiedOn\":\"" + java.time.LocalDate.now().minusDays(9) + "\"}");
        assertThat(trained.status()).as(trained.body()).isEqualTo(201);
        assertThat(Json.object(trained.body()).getJsonObject("employee").getString("trainingStanding")).isEqualTo("CURRENT");

        Http.Reply notice = http().post("api/v1/compliance/notices", "manager", "{\"noticeId\":\"ct_trafficking_notice\","
                + "\"location\":\"Front lobby\",\"checkedAt\":\"" + minutesAgo(60) + "\",\"posted\":true}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        assertThat(http().post("api/v1/compliance/notices", "manager", "{\"noticeId\":\"poster\",\"location\":\"x\","
                + "\"checkedAt\":\"" + minutesAgo(1) + "\",\"posted\":true}").body()).contains("\"field\":\"noticeId\"");

        Http.Reply registration = http().put("api/v1/compliance/registration", "admin", "{\"propertyId\":\"demo-hotel\","
                + "\"operator\":{\"name\":\"Demo Hospitality LLC\",\"phone\":\"+1 860 555 0100\",\"address\":\"1 Main St, Hartford, CT\"},"
                + "\"contactPerson\":{\"name\":\"Jo Smith\",\"email\":\"compliance@example.com\"},"
                + "\"propertyAddress\":\"5 Elm St, Hartford, CT\"}");
        assertThat(registration.status()).as(registration.body()).isEqualTo(200);
        assertThat(Json.object(registration.body()).getJsonArray("missing")).isEmpty();
        assertThat(http().put("api/v1/compliance/registration", "admin", "{\"operator\":{\"name\":\"x\"}}").body())
                .contains("\"field\":\"propertyId\"", "\"field\":\"operator.address\"", "\"field\":\"contactPerson\"");

        Http.Reply summary = http().get("api/v1/compliance", "security");
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonObject training = Json.object(summary.body()).getJsonObject("training");
        assertThat(training.getJsonArray("dueOrOverdue").toString()).contains("E-NEW-1").doesNotContain("E-OK-1");
        assertThat(training.getJsonArray("upToDate").toString()).contains("E-OK-1");
        assertThat(summary.body()).contains("Front lobby", "Demo Hospitality LLC", "never blocks or delays a report");
        assertThat(http().get("api/v1/compliance", "admin").status()).isEqualTo(400);
        assertThat(http().get("api/v1/compliance", "frontdesk").status()).isEqualTo(403);
        assertThat(http().get("api/v1/compliance?propertyId=other-hotel", "manager").status()).isEqualTo(400);

        Http.Download pdf = http().download("api/v1/compliance?propertyId=demo-hotel", "admin", "Accept", "application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("compliance-demo-hotel.pdf");
        assertThat(pdfText(pdf)).contains("Compliance summary", "E-NEW-1 Sam Lee", "training OVERDUE", "Front lobby: posted",
                "Demo Hospitality LLC", "at least 183 days");

        Http.Reply openapi = http().get("openapi", null);
        assertThat(openapi.body()).contains("/api/v1/cases/{id}/report", "/api/v1/compliance/training",
                "/api/v1/compliance/notices", "/api/v1/compliance/registration", "application/pdf");
    }
}
