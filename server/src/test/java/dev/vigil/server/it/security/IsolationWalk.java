package dev.vigil.server.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.it.Json;
import dev.vigil.server.it.RawHttp;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every operation of the API as a user of another tenant and as a user of another property of the same
 * tenant would try it on what belongs to {@code demo-hotel}: each must answer as if it did not exist
 * ({@code 404}; for a property named in a body or a query, the very answer a property that exists
 * nowhere gets), or {@code 403} where the role may not do it at all, or, for lists, leave it out.
 * An operation of {@code /openapi} without checks here fails the walk.
 */
final class IsolationWalk {

    /** What the walk works on: ids of demo-hotel's data, and the credentials of the outsiders. */
    record Fixture(String observationId, String caseId, String actionId, String cursor, String markingId, String account,
                   String notificationId, Outsiders outsiders) {
    }

    /** Users of another tenant (other-chain) and of another property of the same tenant (annex-hotel). */
    record Outsiders(String otherSecurity, String otherStaff, String otherManager, String otherAdmin,
                     String annexSecurity, String annexManager, String annexStaff) {
    }

    /** One attempt and what must come of it. */
    record Check(String who, Supplier<RawHttp.Answer> request, Consumer<RawHttp.Answer> expectation) {
    }

    private final Api api;
    private final Fixture f;
    private final Map<String, List<Check>> checks = new LinkedHashMap<>();

    IsolationWalk(Api api, Fixture fixture) {
        this.api = api;
        this.f = fixture;
        define();
    }

    Map<String, List<Check>> checks() {
        return checks;
    }

    private void on(String operation, Check... list) {
        checks.computeIfAbsent(operation, k -> new ArrayList<>()).addAll(List.of(list));
    }

    private static Check check(String who, Supplier<RawHttp.Answer> request, Consumer<RawHttp.Answer> expectation) {
        return new Check(who, request, expectation);
    }

    static void notFound(RawHttp.Answer a) {
        assertThat(a.status()).as(a.text()).isEqualTo(404);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
    }

    static void tenantFree(RawHttp.Answer a) {
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.text()).contains("\"server\"").doesNotContain("demo-hotel").doesNotContain("demo-chain")
                .doesNotContain("other-chain");
    }

    static void forbidden(RawHttp.Answer a) {
        assertThat(a.status()).as(a.text()).isEqualTo(403);
    }

    /** The property is as unknown as one that does not exist: 400 naming the field, in the words used for any unknown property. */
    static Consumer<RawHttp.Answer> unknownProperty(String field) {
        return a -> {
            assertThat(a.status()).as(a.text()).isIn(400, 404);
            if (a.status() == 400) {
                assertThat(a.text()).contains("\"field\":\"" + field + "\"").contains("unknown property");
            }
        };
    }

    /** A list of the caller's own: nothing of demo-hotel's in it. */
    private Consumer<RawHttp.Answer> without(String... ids) {
        return a -> {
            assertThat(a.status()).as(a.text()).isEqualTo(200);
            for (String id : ids) {
                assertThat(a.text()).doesNotContain(id);
            }
            assertThat(a.text()).doesNotContain("demo-hotel");
        };
    }

    private void define() {
        Outsiders o = f.outsiders();
        String obs = "/api/v1/observations/" + f.observationId();
        String kase = "/api/v1/cases/" + f.caseId();
        String decision = "{\"decision\":\"DISMISS\",\"note\":\"not ours\"}";

        on("GET /api/v1/indicators",
                check("other tenant", () -> api.get("/api/v1/indicators", o.otherStaff()), without(f.caseId())));
        on("POST /api/v1/observations",
                check("other tenant", () -> api.json("POST", "/api/v1/observations", o.otherStaff(), filing("otherdesk")),
                        unknownProperty("propertyId")),
                check("other property", () -> api.json("POST", "/api/v1/observations", o.annexStaff(), filing("ann.desk")),
                        unknownProperty("propertyId")));
        on("GET /api/v1/observations/{id}",
                check("other tenant security", () -> api.get(obs, o.otherSecurity()), IsolationWalk::notFound),
                check("other tenant staff", () -> api.get(obs, o.otherStaff()), IsolationWalk::notFound),
                check("other property security", () -> api.get(obs, o.annexSecurity()), IsolationWalk::notFound));
        on("GET /api/v1/cases",
                check("other tenant", () -> api.get("/api/v1/cases", o.otherSecurity()), without(f.caseId())),
                check("other tenant, naming the property", () -> api.get("/api/v1/cases?propertyId=demo-hotel", o.otherSecurity()),
                        unknownProperty("propertyId")),
                check("other tenant, with the owner's cursor", () -> api.get("/api/v1/cases?limit=1&cursor=" + f.cursor(),
                        o.otherSecurity()), IsolationWalk::notFound),
                check("other property", () -> api.get("/api/v1/cases", o.annexSecurity()), without(f.caseId())),
                check("other property, with the owner's cursor", () -> api.get("/api/v1/cases?limit=1&cursor=" + f.cursor(),
                        o.annexManager()), IsolationWalk::notFound),
                check("other tenant staff", () -> api.get("/api/v1/cases", o.otherStaff()), IsolationWalk::forbidden));
        on("GET /api/v1/cases/{id}",
                check("other tenant", () -> api.get(kase, o.otherSecurity()), IsolationWalk::notFound),
                check("other property", () -> api.get(kase, o.annexManager()), IsolationWalk::notFound),
                check("staff", () -> api.get(kase, o.annexStaff()), IsolationWalk::forbidden));
        on("POST /api/v1/cases/{id}/review",
                check("other tenant", () -> api.json("POST", kase + "/review", o.otherSecurity(), null), IsolationWalk::notFound),
                check("other property", () -> api.json("POST", kase + "/review", o.annexSecurity(), null), IsolationWalk::notFound));
        on("POST /api/v1/cases/{id}/decisions",
                check("other tenant", () -> api.json("POST", kase + "/decisions", o.otherManager(), decision), IsolationWalk::notFound),
                check("other property", () -> api.json("POST", kase + "/decisions", o.annexManager(), decision), IsolationWalk::notFound));
        on("POST /api/v1/cases/{id}/actions/{actionId}/ack",
                check("other tenant", () -> api.json("POST", kase + "/actions/" + f.actionId() + "/ack", o.otherSecurity(), "{}"),
                        IsolationWalk::notFound),
                check("other property", () -> api.json("POST", kase + "/actions/" + f.actionId() + "/ack", o.annexSecurity(), "{}"),
                        IsolationWalk::notFound));
        on("GET /api/v1/cases/{id}/report",
                check("other tenant", () -> api.get(kase + "/report", o.otherSecurity()), IsolationWalk::notFound),
                check("other property", () -> api.get(kase + "/report", o.annexSecurity(), "Accept: application/pdf"),
                        IsolationWalk::notFound));
        on("GET /api/v1/exclusions",
                check("other tenant", () -> api.get("/api/v1/exclusions", o.otherSecurity()), without(f.markingId())),
                check("other property", () -> api.get("/api/v1/exclusions", o.annexSecurity()), without(f.markingId())),
                check("other tenant admin", () -> api.get("/api/v1/exclusions", o.otherAdmin()), without(f.markingId())));
        on("POST /api/v1/exclusions",
                check("other tenant", () -> api.json("POST", "/api/v1/exclusions", o.otherSecurity(), marking()),
                        unknownProperty("propertyId")),
                check("other property", () -> api.json("POST", "/api/v1/exclusions", o.annexSecurity(), marking()),
                        unknownProperty("propertyId")));
        on("POST /api/v1/exclusions/{id}/lift",
                check("other tenant", () -> api.json("POST", "/api/v1/exclusions/" + f.markingId() + "/lift", o.otherSecurity(),
                        "{\"reason\":\"mine now\"}"), IsolationWalk::notFound),
                check("other property", () -> api.json("POST", "/api/v1/exclusions/" + f.markingId() + "/lift", o.annexSecurity(),
                        "{\"reason\":\"mine now\"}"), IsolationWalk::notFound),
                check("other tenant admin", () -> api.json("POST", "/api/v1/exclusions/" + f.markingId() + "/lift", o.otherAdmin(),
                        "{\"reason\":\"mine now\"}"), IsolationWalk::notFound));
        on("GET /api/v1/reporters/audit",
                check("other tenant", () -> api.get("/api/v1/reporters/audit?propertyId=demo-hotel", o.otherSecurity()),
                        unknownProperty("propertyId")),
                check("other property", () -> api.get("/api/v1/reporters/audit?propertyId=demo-hotel", o.annexManager()),
                        unknownProperty("propertyId")));
        on("GET /api/v1/protocol",
                check("other tenant", () -> api.get("/api/v1/protocol?propertyId=demo-hotel", o.otherStaff()),
                        unknownProperty("propertyId")),
                check("other property", () -> api.get("/api/v1/protocol?propertyId=demo-hotel", o.annexStaff()),
                        unknownProperty("propertyId")));
        // no tenant's data at all: every signed-in caller, of any tenant, is told the same server and versions
        on("GET /api/v1/server",
                check("other tenant", () -> api.get("/api/v1/server", o.otherStaff()), IsolationWalk::tenantFree));
        on("GET /api/v1/compliance",
                check("other tenant", () -> api.get("/api/v1/compliance?propertyId=demo-hotel", o.otherManager()),
                        unknownProperty("propertyId")),
                check("other property", () -> api.get("/api/v1/compliance?propertyId=demo-hotel", o.annexManager()),
                        unknownProperty("propertyId")));
        for (String record : List.of("training", "notices")) {
            String body = record.equals("training")
                    ? "{\"propertyId\":\"demo-hotel\",\"employeeRef\":\"E-9\",\"hireDate\":\"2026-01-05\"}"
                    : "{\"propertyId\":\"demo-hotel\",\"noticeId\":\"hotline-poster\",\"location\":\"lobby\",\"checkedAt\":\"2026-12-01T10:00:00Z\",\"posted\":true}";
            on("POST /api/v1/compliance/" + record,
                    check("other tenant", () -> api.json("POST", "/api/v1/compliance/" + record, o.otherManager(), body),
                            unknownProperty("propertyId")),
                    check("other property", () -> api.json("POST", "/api/v1/compliance/" + record, o.annexManager(), body),
                            unknownProperty("propertyId")));
        }
        on("PUT /api/v1/compliance/registration",
                check("other tenant", () -> api.json("PUT", "/api/v1/compliance/registration", o.otherAdmin(),
                        "{\"propertyId\":\"demo-hotel\"}"), unknownProperty("propertyId")),
                check("other property", () -> api.json("PUT", "/api/v1/compliance/registration", o.annexManager(),
                        "{\"propertyId\":\"demo-hotel\"}"), unknownProperty("propertyId")));
        String account = "/api/v1/accounts/" + f.account();
        on("GET /api/v1/accounts",
                check("other tenant", () -> api.get("/api/v1/accounts", o.otherAdmin()), without(f.account())),
                check("other property", () -> api.get("/api/v1/accounts", o.annexManager()), without(f.account())),
                check("other tenant, naming the property", () -> api.get("/api/v1/accounts?propertyId=demo-hotel", o.otherAdmin()),
                        unknownProperty("propertyId")));
        on("POST /api/v1/accounts",
                check("other tenant", () -> api.json("POST", "/api/v1/accounts", o.otherAdmin(),
                        "{\"username\":\"mole\",\"roles\":[\"security\"],\"property\":\"demo-hotel\"}"), unknownProperty("property")),
                check("other property", () -> api.json("POST", "/api/v1/accounts", o.annexManager(),
                        "{\"username\":\"mole\",\"roles\":[\"staff\"],\"property\":\"demo-hotel\",\"reporterRoles\":[\"FD\"]}"),
                        unknownProperty("property")));
        on("GET /api/v1/accounts/{username}",
                check("other tenant", () -> api.get(account, o.otherAdmin()), IsolationWalk::notFound),
                check("other property", () -> api.get(account, o.annexManager()), IsolationWalk::notFound));
        on("PUT /api/v1/accounts/{username}",
                check("other tenant", () -> api.json("PUT", account, o.otherAdmin(), "{\"roles\":[\"admin\"]}"), IsolationWalk::notFound),
                check("other property", () -> api.json("PUT", account, o.annexManager(), "{\"roles\":[\"manager\"]}"),
                        IsolationWalk::notFound));
        for (String act : List.of("disable", "enable", "password-reset")) {
            on("POST /api/v1/accounts/{username}/" + act,
                    check("other tenant", () -> api.json("POST", account + "/" + act, o.otherAdmin(), null), IsolationWalk::notFound),
                    check("other property", () -> api.json("POST", account + "/" + act, o.annexManager(), null), IsolationWalk::notFound));
        }
        on("GET /api/v1/me",
                check("other tenant", () -> api.get("/api/v1/me", o.otherStaff()), without(f.account())));
        on("PUT /api/v1/me/preferences",
                check("other tenant", () -> api.json("PUT", "/api/v1/me/preferences", o.otherStaff(), "{\"lang\":\"es\"}"),
                        without(f.account())));
        on("POST /api/v1/notes/lint",
                check("other tenant", () -> api.json("POST", "/api/v1/notes/lint", o.otherStaff(), "{\"note\":\"towels at the door\"}"),
                        without(f.caseId())));
        on("GET /api/v1/admin/notifications",
                check("other tenant", () -> api.get("/api/v1/admin/notifications", o.otherAdmin()),
                        without(f.notificationId(), f.caseId())));
        on("POST /api/v1/admin/notifications/{id}/retry",
                check("other tenant", () -> api.json("POST", "/api/v1/admin/notifications/" + f.notificationId() + "/retry",
                        o.otherAdmin(), null), IsolationWalk::notFound),
                check("a manager", () -> api.json("POST", "/api/v1/admin/notifications/" + f.notificationId() + "/retry",
                        o.annexManager(), null), IsolationWalk::forbidden));
        on("POST /api/v1/admin/retention/run",
                check("other tenant", () -> api.json("POST", "/api/v1/admin/retention/run", o.otherAdmin(), null),
                        a -> assertThat(a.status()).isEqualTo(200)),
                check("a manager", () -> api.json("POST", "/api/v1/admin/retention/run", o.annexManager(), null),
                        IsolationWalk::forbidden));
        on("POST /api/v1/admin/rule-packs/simulate",
                check("other tenant", () -> api.json("POST", "/api/v1/admin/rule-packs/simulate", o.otherAdmin(),
                        "{\"pack\":\"x\",\"propertyId\":\"demo-hotel\",\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-12-01T00:00:00Z\"}"),
                        a -> assertThat(a.status()).as(a.text()).isIn(400, 404)),
                check("a manager", () -> api.json("POST", "/api/v1/admin/rule-packs/simulate", o.annexManager(), "{\"pack\":\"x\"}"),
                        IsolationWalk::forbidden));
        for (String view : List.of("heatmap", "time-to-act")) {
            on("GET /api/v1/properties/{propertyId}/" + view,
                    check("other tenant", () -> api.get("/api/v1/properties/demo-hotel/" + view, o.otherManager()), IsolationWalk::notFound),
                    check("other property", () -> api.get("/api/v1/properties/demo-hotel/" + view, o.annexManager()),
                            IsolationWalk::notFound));
        }
        on("GET /api/v1/audit/verify",
                check("other tenant", () -> api.get("/api/v1/audit/verify", o.otherAdmin()), a -> {
                    assertThat(a.status()).isEqualTo(200);
                    assertThat(Json.object(a.text()).getString("chain")).isEqualTo("other-chain");
                }),
                check("a manager", () -> api.get("/api/v1/audit/verify", o.annexManager()), IsolationWalk::forbidden));
        on("POST /api/v1/connectors/{system}/webhook",
                check("anyone without the connection's secret", () -> api.json("POST", "/api/v1/connectors/mews/webhook?token=guess",
                        o.otherAdmin(), "{\"Events\":[]}"), a -> {
                    assertThat(a.status()).as(a.text()).isIn(401, 404);
                    assertThat(a.header("Content-Type")).startsWith("application/problem+json");
                }));
        on("GET /api/v1/admin/keys",
                check("other tenant", () -> api.get("/api/v1/admin/keys", o.otherAdmin()), a -> assertThat(a.status()).isEqualTo(200)),
                check("a manager", () -> api.get("/api/v1/admin/keys", o.annexManager()), IsolationWalk::forbidden));
        on("POST /api/v1/admin/keys/rotate",
                check("a manager", () -> api.json("POST", "/api/v1/admin/keys/rotate", o.annexManager(), "{\"family\":\"note\"}"),
                        IsolationWalk::forbidden));
    }

    private static String filing(String reporter) {
        return "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + java.time.OffsetDateTime.now().minusMinutes(5)
                .withNano(0) + "\",\"reporter\":{\"id\":\"" + reporter + "\",\"role\":\"FD\"},\"location\":{\"room\":\"9101\"},"
                + "\"indicators\":[\"BEH_RARELY_LEAVES\"]}";
    }

    private static String marking() {
        return "{\"propertyId\":\"demo-hotel\",\"subject\":{\"type\":\"VEHICLE\",\"value\":\"ISO 1\"},\"reason\":\"shuttle\"}";
    }

    /** The JSON of a case as security reads it. */
    static JsonObject object(RawHttp.Answer answer) {
        return Json.object(answer.text());
    }
}
