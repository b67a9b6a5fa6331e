package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Patterns and cases end to end on Payara Micro: filings become explained cases that security reviews. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("vigil.war", "target/ROOT.war")));
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    private JsonObject file(String user, String role, int minutesAgo, String room, String codes, String extra) {
        Http.Reply reply = http().post("api/v1/observations", user, Filings.inRoom(user, role, minutesAgo, room, codes, extra));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return Json.object(reply.body());
    }

    @Test
    void controlPlusVisitorTraffic_becomesAnExplainedReportCase_thatSecurityReviewsAndDecides() {
        file("frontdesk", "FD", 600, "714", "[\"CTRL_SPEAKS_FOR\",\"CTRL_HOLDS_ID_MONEY\"]", null);
        for (int v = 1; v <= 5; v++) {
            file("security", "SEC", 300 - 30 * v, "714", "[\"VIS_SHORT_VISIT\"]", "\"subjects\":{\"visitor\":\"badge-" + v + "\"}");
        }
        JsonObject last = file("manager", "SEC", 60, "714", "[\"CTRL_LOOKOUT\"]", null);
        assertThat(last.getJsonArray("immediateActions").toString()).contains("NOTIFY_SECURITY");
        assertThat(last.toString()).doesNotContain("R5").doesNotContain("REPORT\"").doesNotContain("case");

        Http.Reply queue = http().get("api/v1/cases?room=714", "security");
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        JsonObject summary = Json.object(queue.body()).getJsonArray("cases").getJsonObject(0);
        assertThat(summary.getString("severity")).isEqualTo("REPORT");
        assertThat(summary.getString("status")).isEqualTo("OPEN");
        String id = summary.getString("id");

        Http.Reply detail = http().get("api/v1/cases/" + id, "security");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(Json.object(detail.body()).getString("status")).as("reading never changes the case").isEqualTo("OPEN");
        Http.Reply review = http().post("api/v1/cases/" + id + "/review", "security", "");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        JsonObject c = Json.object(review.body());
        assertThat(c.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(c.getJsonArray("history").toString()).contains("REVIEW_STARTED");
        assertThat(http().post("api/v1/cases/" + id + "/review", "frontdesk", "").status()).isEqualTo(403);
        assertThat(http().post("api/v1/cases/" + id + "/review", "othersecurity", "").status()).isEqualTo(404);
        assertThat(c.getJsonArray("matchedRules").getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getString("ruleId")).isEqualTo("R5");
                    assertThat(m.getString("explanation")).contains("room 714", "VIS_SHORT_VISIT", "SEC");
                });
        assertThat(c.getJsonArray("observations")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(c.getJsonArray("subjects").toString()).contains("\"room\":\"714\"");
        assertThat(detail.body()).doesNotContain("badge-1");

        assertThat(http().get("api/v1/cases", "frontdesk").status()).isEqualTo(403);
        assertThat(http().get("api/v1/cases/" + id, "frontdesk").status()).isEqualTo(403);
        assertThat(http().get("api/v1/cases/" + id, "othersecurity").status()).isEqualTo(404);

        List<JsonObject> actions = c.getJsonArray("actions").getValuesAs(JsonObject.class);
        assertThat(actions).extracting(a -> a.getString("kind")).contains("NOTIFY_MANAGER", "CONTACT_HOTLINE");
        assertThat(actions).allSatisfy(a -> assertThat(a.getString("state")).isIn("OPEN", "OVERDUE"));
        JsonObject hotlineStep = actions.stream().filter(a -> a.getString("kind").equals("CONTACT_HOTLINE")).findFirst().orElseThrow();
        assertThat(hotlineStep.getJsonArray("contacts").getValuesAs(JsonObject.class))
                .as("whom to contact for the hotline step: its voice line, then its text line")
                .extracting(k -> k.getString("kind") + " " + k.getString("display") + " " + k.getString("keyword", ""))
                .containsExactly("phone 1-888-373-7888 ", "sms 233733 HELP");
        JsonObject managerStep = actions.stream().filter(a -> a.getString("kind").equals("NOTIFY_MANAGER")).findFirst().orElseThrow();
        assertThat(managerStep.getJsonArray("contacts").getJsonObject(0).getString("role")).isEqualTo("manager");
        String hotline = actions.stream().filter(a -> a.getString("kind").equals("CONTACT_HOTLINE")).findFirst().orElseThrow().getString("id");
        Http.Reply ack = http().post("api/v1/cases/" + id + "/actions/" + hotline + "/ack", "manager",
                "{\"note\":\"Hotline called, reference 88213\"}");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(Json.object(ack.body()).getJsonArray("actions").getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("id").equals(hotline)).singleElement()
                .satisfies(a -> {
                    assertThat(a.getString("state")).isEqualTo("ACKNOWLEDGED");
                    assertThat(a.getString("acknowledgedBy")).isEqualTo("manager");
                });
        assertThat(http().post("api/v1/cases/" + id + "/actions/" + hotline + "/ack", "manager", "{}").status()).isEqualTo(409);
        assertThat(http().post("api/v1/cases/" + id + "/actions/" + java.util.UUID.randomUUID() + "/ack", "manager", "{}").status())
                .isEqualTo(404);

        Http.Reply noNote = http().post("api/v1/cases/" + id + "/decisions", "security", "{\"decision\":\"REPORT\"}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"note\"");
        Http.Reply badDecision = http().post("api/v1/cases/" + id + "/decisions", "security", "{\"decision\":\"ARREST\",\"note\":\"x\"}");
        assertThat(badDecision.status()).isEqualTo(400);
        assertThat(badDecision.body()).contains("\"field\":\"decision\"");
        Http.Reply decided = http().post("api/v1/cases/" + id + "/decisions", "manager",
                "{\"decision\":\"REPORT\",\"note\":\"Called the hotline at 15:10, reference 4471\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonObject after = Json.object(decided.body());
        assertThat(after.getString("status")).isEqualTo("REPORTED");
        assertThat(after.getJsonArray("decisions").getJsonObject(0).getString("note")).contains("hotline");
        assertThat(after.getJsonArray("decisions").getJsonObject(0).getString("actor")).isEqualTo("manager");
        Http.Reply closed = http().post("api/v1/cases/" + id + "/decisions", "security", "{\"decision\":\"CLOSE\",\"note\":\"Guests left\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(http().post("api/v1/cases/" + id + "/decisions", "security", "{\"decision\":\"MONITOR\",\"note\":\"again\"}").status())
                .isEqualTo(409);
    }

    @Test
    void parallelFilingsAboutOneRoom_areAllStored_noneLost() throws Exception {
        file("frontdesk", "FD", 300, "790", "[\"CTRL_SPEAKS_FOR\"]", null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                replies.add(pool.submit(() -> new Http(base.toString(), java.time.Duration.ofMinutes(3)).post("api/v1/observations",
                        n % 2 == 0 ? "security" : "manager",
                        "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + minutesAgo(200 - n) + "\",\"reporter\":{\"id\":\""
                                + (n % 2 == 0 ? "security" : "manager") + "\",\"role\":\"SEC\"},\"location\":{\"room\":\"790\"},"
                                + "\"reservationRef\":\"R-790\",\"indicators\":[\"VIS_SHORT_VISIT\"],\"subjects\":{\"visitor\":\"p-" + n + "\"}}")));
            }
            for (var reply : replies) {
                Http.Reply r = reply.get();
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject line = Json.object(http().get("api/v1/cases?room=790", "security").body()).getJsonArray("cases").getJsonObject(0);
        assertThat(line.getJsonObject("subject").getString("room")).isEqualTo("790");
        JsonObject c = Json.object(http().get("api/v1/cases/" + line.getString("id"), "security").body());
        assertThat(c.getJsonArray("observations")).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void aPossibleMinorWithExploitationContext_tellsTheReporterToCall911_andOpensAnUrgentCase() {
        file("frontdesk", "FD", 120, "733", "[\"MIN_UNRELATED_ADULT\"]", null);
        JsonObject second = file("security", "SEC", 30, "733", "[\"VIS_SHORT_VISIT\"]", "\"subjects\":{\"visitor\":\"adult-1\"}");
        assertThat(second.getJsonArray("immediateActions").getJsonObject(0).getString("type")).isEqualTo("CALL_911");
        JsonObject queue = Json.object(http().get("api/v1/cases?room=733&minSeverity=URGENT", "security").body());
        assertThat(queue.getJsonArray("cases")).hasSize(1);
    }

    @Test
    void theProtocol_isConnecticutsByDefault_withNumbersAndTheStatusOfEveryValue() {
        Http.Reply protocol = http().get("api/v1/protocol", "frontdesk");
        assertThat(protocol.status()).isEqualTo(200);
        JsonObject p = Json.object(protocol.body());
        assertThat(p.getString("protocol")).isEqualTo("us-ct-lodging-trafficking");
        assertThat(protocol.body()).contains("1-800-842-2288", "1-888-373-7888", "233733", "\"status\":\"sourced\"",
                "\"status\":\"assumed\"");
        assertThat(http().get("api/v1/protocol?propertyId=other-hotel", "frontdesk").status()).isEqualTo(400);
    }

    @Test
    void theQueueIsPaged_andFiltersAreChecked() {
        for (int room = 751; room <= 753; room++) {
            file("frontdesk", "HK", 90, String.valueOf(room), "[\"ROOM_IDS_MANY_NAMES\"]", null);
        }
        JsonObject first = Json.object(http().get("api/v1/cases?limit=2&minSeverity=WATCH", "security").body());
        assertThat(first.getJsonArray("cases")).hasSize(2);
        String cursor = first.getString("nextCursor");
        JsonObject second = Json.object(http().get("api/v1/cases?limit=2&minSeverity=WATCH&cursor=" + cursor, "security").body());
        assertThat(second.getJsonArray("cases").getJsonObject(0).getString("id"))
                .isNotIn(first.getJsonArray("cases").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList());
        Http.Reply bad = http().get("api/v1/cases?minSeverity=LOUD&status=SHOUTING&limit=999", "security");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"minSeverity\"", "\"field\":\"status\"", "\"field\":\"limit\"");
    }

    @Test
    void anExcludedVehicle_stopsLinking_andTheExclusionCanBeLiftedWithAReason_allAudited() {
        Http.Reply marked = http().post("api/v1/exclusions", "security",
                "{\"subject\":{\"type\":\"VEHICLE\",\"value\":\"HOTEL SHUTTLE 2\"},\"reason\":\"The hotel's own airport shuttle\"}");
        assertThat(marked.status()).as(marked.body()).isEqualTo(201);
        JsonObject marking = Json.object(marked.body());
        assertThat(marking.getString("value")).startsWith("vehicle:").doesNotContain("SHUTTLE");
        assertThat(marking.getString("marker")).isEqualTo("EXCLUDED");
        assertThat(http().post("api/v1/exclusions", "security",
                "{\"subject\":{\"type\":\"VEHICLE\",\"value\":\"HOTEL SHUTTLE 2\"},\"reason\":\"again\"}").status()).isEqualTo(409);
        Http.Reply reservation = http().post("api/v1/exclusions", "security",
                "{\"subject\":{\"type\":\"RESERVATION\",\"value\":\"R-1\"},\"reason\":\"x\"}");
        assertThat(reservation.status()).isEqualTo(400);
        assertThat(reservation.body()).contains("\"field\":\"subject.type\"");
        Http.Reply noReason = http().post("api/v1/exclusions", "security", "{\"subject\":{\"type\":\"VEHICLE\",\"value\":\"X\"}}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");

        file("frontdesk", "VAL", 50, "761", "[\"CTRL_SPEAKS_FOR\"]", "\"subjects\":{\"vehicle\":\"HOTEL SHUTTLE 2\"}");
        file("frontdesk", "VAL", 40, "762", "[\"ROOM_IDS_MANY_NAMES\"]", "\"subjects\":{\"vehicle\":\"hotel shuttle 2\"}");
        JsonObject room761 = Json.object(http().get("api/v1/cases?room=761", "security").body()).getJsonArray("cases").getJsonObject(0);
        JsonObject room762 = Json.object(http().get("api/v1/cases?room=762", "security").body()).getJsonArray("cases").getJsonObject(0);
        assertThat(room761.getString("id")).isNotEqualTo(room762.getString("id"));

        assertThat(Json.object("{\"a\":" + http().get("api/v1/exclusions", "security").body() + "}").getJsonArray("a").toString())
                .contains(marking.getString("id"));
        Http.Reply lifted = http().post("api/v1/exclusions/" + marking.getString("id") + "/lift", "security", "{\"reason\":\"Shuttle sold\"}");
        assertThat(lifted.status()).isEqualTo(200);
        assertThat(Json.object(lifted.body()).getBoolean("active")).isFalse();
        assertThat(http().get("api/v1/exclusions", "othersecurity").body()).doesNotContain(marking.getString("id"));
        assertThat(http().post("api/v1/exclusions", "frontdesk", "{}").status()).isEqualTo(403);
    }

    @Test
    void aRulePackIsSimulatedOverStoredObservations_byAdministratorsOnly_writingNoCase() throws Exception {
        file("frontdesk", "HK", 100, "771", "[\"ROOM_IDS_MANY_NAMES\"]", null);
        String pack;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/packs/rules/rules.yaml"))) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = "{\"pack\":" + jakarta.json.Json.createValue(pack) + ",\"from\":\"" + minutesAgo(60 * 24 * 30)
                + "\",\"to\":\"" + minutesAgo(-10) + "\"}";
        int before = Json.object(http().get("api/v1/cases?limit=200&status=OPEN,IN_REVIEW,MONITORING,REPORTED,DISMISSED,CLOSED", "security").body())
                .getJsonArray("cases").size();
        Http.Reply result = http().post("api/v1/admin/rule-packs/simulate", "admin", body);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        JsonObject r = Json.object(result.body());
        assertThat(r.getInt("observations")).isPositive();
        assertThat(r.getJsonArray("rules").getValuesAs(JsonObject.class)).extracting(o -> o.getString("ruleId")).contains("R1", "R4", "R5");
        assertThat(r.getJsonObject("cases").getInt("WATCH") + r.getJsonObject("cases").getInt("REVIEW")
                + r.getJsonObject("cases").getInt("REPORT") + r.getJsonObject("cases").getInt("URGENT")).isPositive();
        int after = Json.object(http().get("api/v1/cases?limit=200&status=OPEN,IN_REVIEW,MONITORING,REPORTED,DISMISSED,CLOSED", "security").body())
                .getJsonArray("cases").size();
        assertThat(after).isEqualTo(before);

        assertThat(http().post("api/v1/admin/rule-packs/simulate", "security", body).status()).isEqualTo(403);
        Http.Reply broken = http().post("api/v1/admin/rule-packs/simulate", "admin",
                body.replace("min: 3", "min: nine"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("\"field\":\"pack\"");
    }

    @Test
    void theReporterAudit_showsCorroborationAndFlaggedNotes() {
        file("frontdesk", "HK", 200, "781", "[\"ROOM_LINEN_EXCESS\"]", "\"note\":\"A man who looked foreign took the towels\"");
        file("security", "SEC", 190, "781", "[\"CTRL_LOOKOUT\"]", null);
        Http.Reply audit = http().get("api/v1/reporters/audit", "security");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        List<JsonObject> rows = Json.object(audit.body()).getJsonArray("reporters").getValuesAs(JsonObject.class);
        JsonObject frontdesk = rows.stream().filter(o -> o.getString("reporterId").equals("frontdesk")).findFirst().orElseThrow();
        assertThat(frontdesk.getInt("filed")).isPositive();
        assertThat(frontdesk.getInt("corroborated")).isPositive();
        assertThat(frontdesk.getInt("flaggedNotes")).isPositive();
        assertThat(http().get("api/v1/reporters/audit", "frontdesk").status()).isEqualTo(403);
    }
}
