package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.body;
import static dev.vigil.server.it.Filings.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API over HTTP on Payara Micro: the real WAR, CDI, JPA, Flyway, security, problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservationApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("vigil.war", "target/ROOT.war")))
                .addClass(RetiringProbeResource.class);
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base.toString());
    }

    @Test
    void checklist_speaksHebrewAndArabic_andFallsBackToEnglishForUnknownLanguages() {
        Http.Reply he = http().get("api/v1/indicators?lang=he", "frontdesk");
        assertThat(he.status()).isEqualTo(200);
        assertThat(he.header("Content-Language")).isEqualTo("he");
        JsonObject hebrew = Json.object(he.body());
        assertThat(hebrew.getJsonArray("indicators")).hasSize(70);
        assertThat(hebrew.getString("packVersion")).isNotBlank();
        assertThat(textOf(hebrew, "CTRL_SPEAKS_FOR")).containsPattern("[\\u0590-\\u05FF]");

        Http.Reply ar = http().get("api/v1/indicators", "frontdesk", "Accept-Language", "ar-JO,ar;q=0.9");
        assertThat(ar.header("Content-Language")).isEqualTo("ar");
        assertThat(textOf(Json.object(ar.body()), "CTRL_SPEAKS_FOR")).containsPattern("[\\u0600-\\u06FF]");

        Http.Reply unknown = http().get("api/v1/indicators?lang=xx", "frontdesk");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.header("Content-Language")).isEqualTo("en");
        assertThat(Json.object(unknown.body()).getString("lang")).isEqualTo("en");
    }

    @Test
    void checklist_filtersByRole_andRefusesUnknownRoles() {
        JsonObject valet = Json.object(http().get("api/v1/indicators?role=VAL", "frontdesk").body());
        assertThat(valet.getJsonArray("indicators")).isNotEmpty().hasSizeLessThan(70)
                .allSatisfy(v -> assertThat(v.asJsonObject().getJsonArray("roles").getValuesAs(JsonString::getString)).contains("VAL"));
        Http.Reply bad = http().get("api/v1/indicators?role=CHEF", "frontdesk");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"role\"");
    }

    @Test
    void withoutCredentials_orWithAWrongPassword_theAnswerIs401() {
        Http.Reply anonymous = http().get("api/v1/indicators", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(http().get("api/v1/indicators", "frontdesk:wrong").status()).isEqualTo(401);
        assertThat(http().post("api/v1/observations", null, body("[\"PAY_CASH_ONLY\"]", null)).status()).isEqualTo(401);
    }

    @Test
    void filing_answers201WithLocationAndGuidance_andSecurityReadsItBackWithTokensOnly() {
        Http.Reply filed = http().post("api/v1/observations", "frontdesk",
                body("[\"CTRL_SPEAKS_FOR\",\"ROOM_DND_EXTENDED\"]",
                        "\"subjects\":{\"vehicle\":\"ZZ 987 QQ\",\"payer\":\"4111-1111-1111-1111\"},\"note\":\"Companion answered for the guest twice\"").replace("\"room\":\"214\"", "\"room\":\"611\"").replace("R-1001", "R-611"));
        assertThat(filed.status()).isEqualTo(201);
        JsonObject receipt = Json.object(filed.body());
        String id = receipt.getString("id");
        assertThat(filed.header("Location")).endsWith("/api/v1/observations/" + id);
        assertThat(receipt.getJsonArray("guidance").toString()).contains("noConfront", "1-888-373-7888");
        assertThat(receipt.getJsonArray("immediateActions")).isEmpty();
        assertThat(filed.body()).doesNotContain("ZZ 987").doesNotContain("4111").doesNotContain("case");

        Http.Reply read = http().get("api/v1/observations/" + id, "security");
        assertThat(read.status()).isEqualTo(200);
        JsonObject detail = Json.object(read.body());
        assertThat(detail.getString("note")).isEqualTo("Companion answered for the guest twice");
        assertThat(detail.getJsonArray("indicators").getValuesAs(JsonString::getString))
                .containsExactly("CTRL_SPEAKS_FOR", "ROOM_DND_EXTENDED");
        assertThat(read.body()).doesNotContain("ZZ 987").doesNotContain("ZZ987").doesNotContain("4111").contains("vehicle:", "payer:");
        assertThat(detail.getJsonObject("stay").getString("room")).isEqualTo("611");
        assertThat(detail.getJsonObject("stay").getString("reservationRef")).isEqualTo("R-611");

        assertThat(http().get("api/v1/observations/" + id, "manager").status()).isEqualTo(200);
        assertThat(http().get("api/v1/observations/" + id, "frontdesk").status()).isEqualTo(200);
        assertThat(http().get("api/v1/observations/" + id, "otherdesk").status()).isEqualTo(404);
        assertThat(http().get("api/v1/observations/" + id, "othersecurity").status()).isEqualTo(404);
        assertThat(http().get("api/v1/observations/" + id, "admin").status()).isEqualTo(403);
        assertThat(http().get("api/v1/observations/" + UUID.randomUUID(), "security").status()).isEqualTo(404);
    }

    @Test
    void emergencyIndicator_tellsTheReporterToCall911_inTheirLanguage() {
        Http.Reply filed = http().post("api/v1/observations?lang=es", "frontdesk", body("[\"CTRL_CONFINED\"]", null));
        assertThat(filed.status()).isEqualTo(201);
        JsonObject action = Json.object(filed.body()).getJsonArray("immediateActions").getJsonObject(0);
        assertThat(action.getString("type")).isEqualTo("CALL_911");
        assertThat(action.getString("number")).isEqualTo("911");
        assertThat(action.getString("text")).contains("911").containsIgnoringCase("llame");
        assertThat(filed.header("Content-Language")).isEqualTo("es");
    }

    @Test
    void aPropertyInIsrael_tellsItsReportersToCallThePoliceOn100_never911_inHebrewByDefault() {
        String staff = dev.vigil.server.testing.TestTokens.token(b -> b.claim("upn", "noa").claim("tenant", "demo-chain")
                .claim("property", "tel-aviv-inn").claim("groups", List.of("staff")).claim("reporter_roles", List.of("HK")));
        Http.Reply filed = http().post("api/v1/observations?lang=he", null, body("[\"CTRL_CONFINED\"]", null)
                .replace("demo-hotel", "tel-aviv-inn").replace("\"id\":\"frontdesk\"", "\"id\":\"noa\""),
                "Authorization", "Bearer " + staff);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonObject answer = Json.object(filed.body());
        JsonObject action = answer.getJsonArray("immediateActions").getJsonObject(0);
        assertThat(action.getString("number")).isEqualTo("100");
        assertThat(action.getString("text")).contains("100").contains("משטרה");
        List<String> guidance = answer.getJsonArray("guidance").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("key") + " " + g.getString("text")).toList();
        assertThat(guidance).anyMatch(g -> g.startsWith("minorPolice") && g.contains("100"))
                .anyMatch(g -> g.startsWith("ambulance") && g.contains("101"))
                .noneMatch(g -> g.startsWith("hotline"));
        assertThat(guidance + action.getString("text") + action.getString("number")).doesNotContain("911").doesNotContain("1-888");
        // the checklist's guidance at that property says the same
        Http.Reply checklist = http().get("api/v1/indicators?lang=ar", null, "Authorization", "Bearer " + staff);
        assertThat(checklist.body()).contains("100").doesNotContain("911");
    }

    @Test
    void sameIdempotencyKey_sameBodyGetsTheSameAnswer_anotherBodyGets409() {
        String key = UUID.randomUUID().toString();
        String filing = body("[\"PAY_THIRD_PARTY\"]", null);
        Http.Reply first = http().post("api/v1/observations", "frontdesk", filing, "Idempotency-Key", key);
        Http.Reply second = http().post("api/v1/observations", "frontdesk", filing, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(Json.object(second.body())).isEqualTo(Json.object(first.body()));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));

        Http.Reply other = http().post("api/v1/observations", "frontdesk", body("[\"PAY_CASH_ONLY\"]", null), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void concurrentRetriesWithOneKey_fileOnce_andAllGetTheSameAnswer() throws Exception {
        String key = "race-" + UUID.randomUUID();
        String filing = body("[\"VIS_WAITING_TURN\"]", null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> http().post("api/v1/observations", "frontdesk", filing, "Idempotency-Key", key)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (var reply : replies) {
                Http.Reply r = reply.get();
                assertThat(r.status()).as(r.body()).isIn(200, 201);
                created += r.status() == 201 ? 1 : 0;
                ids.add(Json.object(r.body()).getString("id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void integrationClients_mustSendAnIdempotencyKey() {
        String filing = body("[\"ROOM_LINEN_EXCESS\"]", null).replace("\"id\":\"frontdesk\"", "\"id\":\"pms-hk-17\"");
        Http.Reply missing = http().post("api/v1/observations", "integration", filing);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Idempotency-Key");
        assertThat(http().post("api/v1/observations", "integration", filing, "Idempotency-Key", "pms-" + UUID.randomUUID()).status())
                .isEqualTo(201);
        assertThat(http().post("api/v1/observations", "admin", body("[\"PAY_CASH_ONLY\"]", null)).status()).isEqualTo(403);
    }

    /** One bad request: the body and the field its problem must name. */
    record Bad(String body, String field) {
    }

    @Test
    void eachInvalidFiling_isAProblemNamingTheField_andStoresNothing() {
        String twentyOne = "[" + String.join(",", java.util.Collections.nCopies(21, "\"PAY_CASH_ONLY\"")) + "]";
        List<Bad> cases = List.of(
                new Bad("{\"propertyId\": ", "body"),
                new Bad("", "body"),
                new Bad("[1,2]", "body"),
                new Bad(body("[]", null), "indicators"),
                new Bad(body(twentyOne, null), "indicators"),
                new Bad(body("[\"NO_SUCH_CODE\"]", null), "indicators[0]"),
                new Bad(body("[\"PAY_CASH_ONLY\",\"PAY_CASH_ONLY\"]", null), "indicators[1]"),
                new Bad(body("\"PAY_CASH_ONLY\"", null), "indicators"),
                new Bad(body("[42]", null), "indicators[0]"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replaceFirst("\"observedAt\":\"[^\"]+\"", "\"observedAt\":\"2026-01-01T00:00:00Z\""), "observedAt"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replaceFirst("\"observedAt\":\"[^\"]+\"", "\"observedAt\":\"" + minutesAgo(-30) + "\""), "observedAt"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replaceFirst("\"observedAt\":\"[^\"]+\"", "\"observedAt\":\"yesterday\""), "observedAt"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replace("demo-hotel", "no-such-hotel"), "propertyId"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replace("demo-hotel", "other-hotel"), "propertyId"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replace("{\"room\":\"214\"}", "{}"), "location"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", "\"note\":\"" + "x".repeat(2001) + "\""), "note"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", "\"note\":17"), "note"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", "\"subjects\":{\"plate\":\"X1\"}"), "subjects.plate"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replace("\"role\":\"HK\"", "\"role\":\"CHEF\""), "reporter.role"),
                new Bad(body("[\"PAY_CASH_ONLY\"]", null).replace("\"id\":\"frontdesk\"", "\"id\":\"somebody\""), "reporter.id"));
        String key = "invalid-then-valid-" + UUID.randomUUID();
        for (Bad bad : cases) {
            Http.Reply reply = http().post("api/v1/observations", "frontdesk", bad.body(), "Idempotency-Key", key);
            assertThat(reply.status()).as(bad.field() + " <- " + abbreviate(bad.body())).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            JsonObject problem = Json.object(reply.body());
            assertThat(problem.getInt("status")).isEqualTo(400);
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(reply.body()).extracting(e -> e.getString("field")).contains(bad.field());
        }
        // the key was never stored by a failed request: a valid body under it is filed for the first time
        assertThat(http().post("api/v1/observations", "frontdesk", body("[\"PAY_CASH_ONLY\"]", null),
                "Idempotency-Key", key).status()).isEqualTo(201);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    @Test
    void unknownAddresses_andWrongMediaTypes_areProblemsToo() {
        Http.Reply reply = http().get("api/v1/nothing-here", "frontdesk");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        Http.Reply text = http().postAs("api/v1/observations", "frontdesk", "text/plain", body("[\"PAY_CASH_ONLY\"]", null));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void bearerTokensFromTheChainsIdentityProvider_workLikeUsers_andBadOnesAre401() {
        String security = dev.vigil.server.testing.TestTokens.token("sam.jones", "demo-chain", "demo-hotel", List.of("security"));
        String staff = dev.vigil.server.testing.TestTokens.token(b -> b.claim("upn", "kai").claim("tenant", "demo-chain")
                .claim("property", "demo-hotel").claim("groups", List.of("staff")).claim("reporter_roles", List.of("VAL")));
        Http.Reply filed = http().post("api/v1/observations", null,
                body("[\"VEH_WATCHER\"]", null).replace("\"id\":\"frontdesk\",\"role\":\"HK\"", "\"id\":\"kai\",\"role\":\"VAL\""),
                "Authorization", "Bearer " + staff);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = Json.object(filed.body()).getString("id");
        assertThat(http().get("api/v1/observations/" + id, null, "Authorization", "Bearer " + security).status()).isEqualTo(200);
        // demo-chain's provider cannot speak for another tenant: its token claiming other-chain is refused outright
        String otherTenant = dev.vigil.server.testing.TestTokens.token("eve", "other-chain", "other-hotel", List.of("security"));
        assertThat(http().get("api/v1/observations/" + id, null, "Authorization", "Bearer " + otherTenant).status()).isEqualTo(401);
        String annex = dev.vigil.server.testing.TestTokens.token("ann", "demo-chain", "annex-hotel", List.of("security"));
        assertThat(http().get("api/v1/observations/" + id, null, "Authorization", "Bearer " + annex).status())
                .as("another property of the same tenant").isEqualTo(404);
        Http.Reply tampered = http().get("api/v1/indicators", null, "Authorization", "Bearer " + security.substring(0, security.length() - 4) + "AAAA");
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void operationsEndpoints_reportReadinessOpenApiAndMetrics() {
        Http.Reply ready = http().get("health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "indicatorPack");
        assertThat(http().get("health/live", null).status()).isEqualTo(200);
        Http.Reply openapi = http().get("openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/observations", "/api/v1/indicators", "/api/v1/observations/{id}",
                "File an observation", "Read one observation", "The active indicator checklist");
        http().post("api/v1/observations", "frontdesk", body("[\"PAY_CASH_ONLY\"]", null));
        assertThat(http().get("metrics?scope=application", null).body()).contains("vigil_observations_stored_total", "vigil_observation_requests_total");
        assertThat(openapi.body()).contains("FilingRequest", "observedAt", "application/problem+json");
    }

    @Test
    void aDeprecatedOperation_announcesItsSunsetOnEveryAnswer_andTheContractMarksIt() {
        Http.Reply ok = http().get("api/v1/it-probe/retiring", "frontdesk");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("Deprecation")).isEqualTo("@1796083200");
        assertThat(ok.header("Sunset")).isEqualTo("Wed, 01 Dec 2027 00:00:00 GMT");
        assertThat(ok.header("Link")).isEqualTo("<https://vigil.example/docs/api.md#versions-and-deprecation>; rel=\"deprecation\"");
        Http.Reply refused = http().get("api/v1/it-probe/retiring", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Sunset")).isEqualTo("Wed, 01 Dec 2027 00:00:00 GMT");
        assertThat(http().get("api/v1/indicators", "frontdesk").header("Deprecation")).isNull();

        JsonObject contract = Json.object(http().get("openapi", null, "Accept", "application/json").body());
        assertThat(contract.getJsonObject("paths").getJsonObject("/api/v1/it-probe/retiring").getJsonObject("get")
                .getBoolean("deprecated")).isTrue();
        assertThat(contract.keySet()).as("no server-specific top-level keys, no servers without vigil.public-url")
                .doesNotContain("endpoints", "servers");
    }

    private static String textOf(JsonObject checklist, String code) {
        return checklist.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow().getString("text");
    }
}
