package dev.vigil.server.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.vigil.server.it.Json;
import dev.vigil.server.it.RawHttp;
import dev.vigil.server.testing.JwksEndpoint;
import dev.vigil.server.testing.TestTokens;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vigil as a hostile client, another tenant and an intruder with database access would try it, on one
 * deployment: tenant and property isolation over every operation of the contract, a hostile corpus of
 * more than a thousand requests, the header policy, sign-in throttling, chain tokens from a JWKS endpoint
 * that rotates its key, key rotation, identifier normalisation, and the audit chain catching a tampered row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    /** Names of classes, packages and frameworks that no answer may carry. */
    private static final Pattern INTERNAL = Pattern.compile("(?i)(java\\.|javax\\.|jakarta\\.|org\\.glassfish|org\\.eclipse|"
            + "com\\.fasterxml|dev\\.vigil|com\\.nimbusds|exception|payara|jersey|grizzly|yasson|jackson|eclipselink|"
            + "\\$[A-Z][a-z]|at [a-z]+\\.[a-z]+\\.)");

    /**
     * What the server writes on its own while the corpus runs: the deadline watch (every minute, once the
     * server has been ready for one) lets the fixture's urgent case's steps go overdue, with a case event, an
     * audit entry and alerts. Their totals are left out; every other kind of event and alert is still counted.
     */
    private static final Set<String> BACKGROUND = Set.of("audit:CASE_ACTION_OVERDUE", "case_event:ACTION_OVERDUE",
            "notification:case.action_overdue", "case_event", "notification");

    private static JwksEndpoint otherChainIdp;
    private static IsolationWalk.Fixture fixture;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("vigil.war", "target/ROOT.war")))
                .addClass(ItProbe.class);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void identityProviderOfOtherChain() {
        otherChainIdp = new JwksEndpoint(Integer.parseInt(System.getProperty("it.jwks.port")), "other-chain");
    }

    @AfterAll
    static void stopIdentityProvider() {
        otherChainIdp.close();
    }

    private Api api() {
        return new Api(base.getPort());
    }

    private static String now(int minutesAgo) {
        return OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusMinutes(minutesAgo).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String filing(String user, String role, String room, String codes, String extra) {
        return "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + now(5) + "\",\"reporter\":{\"id\":\"" + user + "\",\"role\":\""
                + role + "\"},\"location\":{\"room\":\"" + room + "\"},\"indicators\":" + codes + (extra == null ? "" : "," + extra) + "}";
    }

    private JsonObject file(String user, String role, String room, String codes, String extra) {
        RawHttp.Answer a = api().json("POST", "/api/v1/observations", Api.basic(user), filing(user, role, room, codes, extra));
        assertThat(a.status()).as(a.text()).isEqualTo(201);
        return Json.object(a.text());
    }

    /** demo-hotel's data the walk and the corpus aim at, made once. */
    private IsolationWalk.Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        Api api = api();
        String observation = file("frontdesk", "FD", "9101", "[\"CTRL_HELP_REQUEST\"]", "\"note\":\"asked for help at the desk\"")
                .getString("id");
        file("frontdesk", "HK", "9102", "[\"CTRL_HELP_REQUEST\"]", null);
        JsonObject page = Json.object(api.get("/api/v1/cases?limit=1", Api.basic("security")).text());
        String caseId = page.getJsonArray("cases").getJsonObject(0).getString("id");
        String cursor = page.getString("nextCursor");
        JsonObject detail = Json.object(api.get("/api/v1/cases/" + caseId, Api.basic("security")).text());
        String actionId = detail.getJsonArray("actions").getJsonObject(0).getString("id");
        RawHttp.Answer marked = api.json("POST", "/api/v1/exclusions", Api.basic("security"),
                "{\"subject\":{\"type\":\"VEHICLE\",\"value\":\"SHUTTLE 1\"},\"reason\":\"the hotel's shuttle\"}");
        assertThat(marked.status()).as(marked.text()).isEqualTo(201);
        RawHttp.Answer account = api.json("POST", "/api/v1/accounts", Api.basic("admin"),
                "{\"username\":\"iso.desk\",\"roles\":[\"staff\"],\"property\":\"demo-hotel\",\"reporterRoles\":[\"FD\"]}");
        assertThat(account.status()).as(account.text()).isEqualTo(201);
        JsonObject outbox = Json.object(api.get("/api/v1/admin/notifications", Api.basic("admin")).text());
        String notification = outbox.getJsonArray("notifications").getJsonObject(0).getString("id");
        IsolationWalk.Outsiders outsiders = new IsolationWalk.Outsiders(Api.basic("othersecurity"), Api.basic("otherdesk"),
                Api.bearer(otherChainIdp.token("olga.manager", List.of("manager"), "other-hotel")),
                Api.bearer(otherChainIdp.token("oscar.admin", List.of("admin"), null)),
                Api.bearer(TestTokens.token("ann.security", "demo-chain", "annex-hotel", List.of("security"))),
                Api.bearer(TestTokens.token("ann.manager", "demo-chain", "annex-hotel", List.of("manager"))),
                Api.bearer(TestTokens.token(b -> b.claim("upn", "ann.desk").claim("tenant", "demo-chain")
                        .claim("property", "annex-hotel").claim("groups", List.of("staff")).claim("reporter_roles", List.of("FD")))));
        fixture = new IsolationWalk.Fixture(observation, caseId, actionId, cursor, Json.object(marked.text()).getString("id"),
                "iso.desk", notification, outsiders);
        return fixture;
    }

    private JsonObject openapi() {
        RawHttp.Answer a = api().get("/openapi", null, "Accept: application/json");
        assertThat(a.status()).isEqualTo(200);
        return Json.object(a.text());
    }

    private Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        JsonObject paths = openapi().getJsonObject("paths");
        for (String path : paths.keySet()) {
            if (path.startsWith("/api/v1/")) {
                paths.getJsonObject(path).keySet().stream().filter(m -> List.of("get", "post", "put", "delete").contains(m))
                        .forEach(m -> ops.add(m.toUpperCase() + " " + path));
            }
        }
        return ops;
    }

    @Test
    @Order(1)
    void everyOperationOfTheContract_asAnotherTenantAndAnotherPropertyOfTheSameTenant_findsNothingOfTheOwners() {
        IsolationWalk walk = new IsolationWalk(api(), fixture());
        Set<String> ops = operations();
        assertThat(walk.checks().keySet()).as("every operation of /openapi has isolation checks").containsAll(ops);
        int done = 0;
        List<String> failures = new ArrayList<>();
        for (String op : ops) {
            for (IsolationWalk.Check check : walk.checks().get(op)) {
                RawHttp.Answer answer = check.request().get();
                try {
                    check.expectation().accept(answer);
                } catch (AssertionError e) {
                    failures.add(op + " as " + check.who() + ": " + answer.status() + " " + answer.text());
                }
                done++;
            }
        }
        assertThat(failures).as("isolation failures").isEmpty();
        assertThat(done).isGreaterThan(ops.size());
        // and everything of demo-hotel is still there, unchanged by all those attempts
        RawHttp.Answer kase = api().get("/api/v1/cases/" + fixture().caseId(), Api.basic("security"));
        assertThat(kase.status()).isEqualTo(200);
        assertThat(Json.object(kase.text()).getString("status")).isIn("OPEN", "IN_REVIEW");
        assertThat(api().get("/api/v1/observations/" + fixture().observationId(), Api.basic("security")).text())
                .contains("asked for help at the desk");
        assertThat(api().get("/api/v1/exclusions", Api.basic("security")).text()).contains(fixture().markingId());
    }

    @Test
    @Order(2)
    void aHostileCorpusOverEveryOperation_isAnswered4xxProblemJson_namesNothingInternal_andChangesNoRow() throws Exception {
        IsolationWalk.Fixture f = fixture();
        Map<String, String> ids = Map.of("id", f.caseId(), "actionId", f.actionId(), "username", f.account(),
                "propertyId", "demo-hotel", "system", "mews");
        Map<String, String> users = new HashMap<>(Map.of("/api/v1/cases", Api.basic("security"), "/api/v1/exclusions", Api.basic("security"),
                "/api/v1/reporters", Api.basic("security"), "/api/v1/properties", Api.basic("manager"),
                "/api/v1/compliance", Api.basic("manager"), "/api/v1/observations", Api.basic("frontdesk"),
                "/api/v1/notes", Api.basic("frontdesk"), "/api/v1/me", Api.basic("frontdesk"), "default", Api.basic("admin")));
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        String forged = otherChainIdp.token(stranger, "oscar.admin", List.of("admin"), null, b -> b);
        List<HostileCorpus.Request> corpus = new HostileCorpus(openapi(), ids, users, forged).generate();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);

        Map<String, Long> before = rows();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (HostileCorpus.Request r : corpus) {
            RawHttp.Answer a;
            try {
                a = api().send(r.method(), r.path(), null, null, r.body(), r.headers().toArray(String[]::new));
            } catch (java.io.UncheckedIOException e) {
                failures.add(r.name() + " -> no answer: " + e.getCause());
                continue;
            }
            statuses.merge(a.status(), 1, Integer::sum);
            String problem = problemIssue(a, r.method());
            if (problem != null) {
                failures.add(r.name() + " -> " + a.status() + " " + problem + ": " + abbreviate(a.text()));
            }
        }
        Map<String, Long> after = rows();
        assertThat(failures).as("answers that are not a 4xx problem or name internals (of " + corpus.size() + ", statuses "
                + statuses + ")").isEmpty();
        Map<String, String> changed = new java.util.TreeMap<>();
        for (String key : new TreeSet<>(after.keySet())) {
            long was = before.getOrDefault(key, 0L);
            long is = after.get(key);
            boolean signInRecord = key.startsWith("audit:SIGN_IN_FAILED") || key.equals("audit_entry") || key.equals("audit_chain_head");
            if (was != is && !signInRecord && !BACKGROUND.contains(key)) {
                changed.put(key, was + " -> " + is);
            }
        }
        assertThat(changed).as("rows changed by refused requests (only failed sign-ins are recorded)").isEmpty();
        assertThat(after.getOrDefault("audit:SIGN_IN_FAILED", 0L) + after.getOrDefault("audit:SIGN_IN_FAILED_THROTTLED", 0L))
                .as("failed sign-ins are audited").isGreaterThan(before.getOrDefault("audit:SIGN_IN_FAILED", 0L));
    }

    /** Why the answer is not a proper refusal, or null when it is. */
    private static String problemIssue(RawHttp.Answer a, String method) {
        if (a.status() < 400 || a.status() >= 500) {
            return "not a 4xx";
        }
        if (INTERNAL.matcher(a.text()).find()) {
            return "names an internal";
        }
        if ("HEAD".equals(method)) {
            return null;
        }
        String type = a.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "not problem+json (" + type + ")";
        }
        try {
            JsonObject problem = Json.object(a.text());
            return problem.getInt("status") == a.status() && problem.containsKey("title") ? null : "a malformed problem";
        } catch (RuntimeException e) {
            return "a body that is not JSON";
        }
    }

    private Map<String, Long> rows() {
        Map<String, Long> counts = new HashMap<>();
        String text = api().get("/it-probe/rows", null).text();
        for (String line : text.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                counts.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
            }
        }
        assertThat(counts).containsKey("observation");
        return counts;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    @Test
    @Order(3)
    void oneHeaderPolicy_onPagesApiAnswersAndErrors_corsFromTheAllowListOnly() {
        Api api = api();
        // answers of the API, and refusals written before it: by the sign-in mechanism and by the listener's guard
        for (RawHttp.Answer a : List.of(api.get("/api/v1/cases", Api.basic("security")),
                api.get("/api/v1/observations/" + fixture().observationId(), Api.basic("security")),
                api.get("/api/v1/nothing", Api.basic("security")), api.get("/api/v1/cases", null),
                api.get("/api/v1/cases", "Basic " + b64("nobody-at-all:wrong"), "X-Forwarded-For: 198.51.100.250"),
                api.get("/api/v1/admin/retention/run%ZZ", null))) {
            assertThat(a.status()).isIn(200, 400, 401, 404);
            assertThat(a.header("Cache-Control")).isEqualTo("no-store");
            assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(a.header("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
            assertThat(a.header("Strict-Transport-Security")).as("plain HTTP, no proxy speaking for TLS").isNull();
        }
        RawHttp.Answer page = api.get("/login", null);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        RawHttp.Answer embed = api.get("/embed", null);
        assertThat(embed.header("Content-Security-Policy")).contains("frame-ancestors http://127.0.0.1:");
        RawHttp.Answer tls = api.get("/api/v1/indicators", Api.basic("frontdesk"), "X-Forwarded-Proto: https");
        assertThat(tls.header("Strict-Transport-Security")).as("behind the trusted proxy's TLS").startsWith("max-age=");
        // CORS: the configured origin may read answers and ask first; another may not
        RawHttp.Answer allowed = api.get("/api/v1/indicators", Api.basic("frontdesk"), "Origin: https://pms.example.test");
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://pms.example.test");
        assertThat(api.get("/api/v1/indicators", Api.basic("frontdesk"), "Origin: https://evil.example")
                .header("Access-Control-Allow-Origin")).isNull();
        RawHttp.Answer preflight = api.send("OPTIONS", "/api/v1/observations", null, null, null,
                "Origin: https://pms.example.test", "Access-Control-Request-Method: POST");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(api.send("OPTIONS", "/api/v1/observations", null, null, null, "Origin: https://evil.example",
                "Access-Control-Request-Method: POST").status()).isEqualTo(403);
        // the framework describes nothing: no WADL, and no OPTIONS without a CORS preflight
        RawHttp.Answer wadl = api.get("/api/v1/application.wadl", Api.basic("admin"));
        assertThat(wadl.status()).isEqualTo(404);
        assertThat(wadl.header("Content-Type")).startsWith("application/problem+json");
        RawHttp.Answer options = api.send("OPTIONS", "/api/v1/cases", Api.basic("security"), null, null);
        assertThat(options.status()).isEqualTo(405);
        assertThat(options.text()).doesNotContain("GET").doesNotContainIgnoringCase("wadl");
        // request size: the body limit holds, whatever the body says it is
        byte[] huge = ("{\"note\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(api.send("POST", "/api/v1/notes/lint", Api.basic("frontdesk"), "application/json", huge).status()).isEqualTo(413);
    }

    @Test
    @Order(4)
    void passwordGuessing_isSlowedPerUserAndPerAddress_withRetryAfter_andUnknownNamesCostTheSame() {
        Api api = api();
        RawHttp.Answer made = api.json("POST", "/api/v1/accounts", Api.basic("admin"), "{\"username\":\"guess.target\",\"roles\":"
                + "[\"staff\"],\"property\":\"demo-hotel\",\"reporterRoles\":[\"FD\"],\"password\":\"Quiet-harbor-lights-77\"}");
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        String right = "Basic " + b64("guess.target:Quiet-harbor-lights-77");
        assertThat(api.get("/api/v1/indicators", right, "X-Forwarded-For: 198.51.100.1").text()).contains("must be changed");
        assertThat(api.get("/api/v1/indicators", "Basic " + b64("guess.target:Quiet-harbor-lights-77\u0000"),
                "X-Forwarded-For: 198.51.100.1").text()).as("a NUL more is another password").contains("not correct");

        // the same work for a name that exists and one that does not
        long known = medianMillis(() -> api.get("/api/v1/indicators", "Basic " + b64("guess.target:wrong-" + System.nanoTime()),
                "X-Forwarded-For: 198.51.100.2"), 3);
        long unknown = medianMillis(() -> api.get("/api/v1/indicators", "Basic " + b64("nobody-" + System.nanoTime() + ":wrong"),
                "X-Forwarded-For: 198.51.100.3"), 3);
        assertThat(unknown * 4).as("unknown %d ms, known %d ms", unknown, known).isGreaterThanOrEqualTo(known);

        // four failures so far; the fifth is free, the sixth starts a delay (10 s in these tests: vigil.signin.first-delay)
        assertThat(api.get("/api/v1/indicators", "Basic " + b64("guess.target:wrong5"), "X-Forwarded-For: 198.51.100.10").status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/indicators", "Basic " + b64("guess.target:wrong6"), "X-Forwarded-For: 198.51.100.11").status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/indicators", "Basic " + b64("guess.target:wrong7"), "X-Forwarded-For: 198.51.100.12").status())
                .as("no password is looked at while the delay runs").isEqualTo(429);
        RawHttp.Answer throttled = api.get("/api/v1/indicators", right, "X-Forwarded-For: 198.51.100.21");
        assertThat(throttled.status()).as("even the right password waits, from any address").isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        RawHttp.Answer form = api.send("POST", "/login", null, "application/x-www-form-urlencoded",
                "username=guess.target&password=x".getBytes(StandardCharsets.UTF_8), "X-Forwarded-For: 198.51.100.22");
        assertThat(form.status()).as("the sign-in form too").isEqualTo(429);
        assertThat(form.header("Retry-After")).isNotNull();

        // one address trying many names
        for (int i = 0; i < 20; i++) {
            api.get("/api/v1/indicators", "Basic " + b64("spray" + i + ":x"), "X-Forwarded-For: 192.0.2.99");
        }
        api.get("/api/v1/indicators", "Basic " + b64("spray-last:x"), "X-Forwarded-For: 192.0.2.99");
        RawHttp.Answer sprayed = api.get("/api/v1/indicators", Api.basic("frontdesk"), "X-Forwarded-For: 192.0.2.99");
        assertThat(sprayed.status()).isEqualTo(429);
        assertThat(api.get("/api/v1/indicators", Api.basic("frontdesk"), "X-Forwarded-For: 192.0.2.100").status())
                .as("another address is not slowed").isEqualTo(200);
    }

    private static long medianMillis(java.util.function.Supplier<RawHttp.Answer> attempt, int n) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            attempt.get();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(Long::compare);
        return times.get(n / 2);
    }

    private static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(5)
    void chainTokens_areCheckedAgainstTheProvidersJwks_andFollowItsKeyRotation() throws Exception {
        Api api = api();
        RSAKey old = otherChainIdp.key();
        String before = otherChainIdp.token("olga.manager", List.of("manager"), "other-hotel");
        assertThat(api.get("/api/v1/cases", Api.bearer(before)).status()).isEqualTo(200);
        RawHttp.Answer wrongTenant = api.get("/api/v1/cases", Api.bearer(otherChainIdp.token(old, "olga.manager", List.of("manager"),
                "other-hotel", b -> b.claim("tenant", "demo-chain"))));
        assertThat(wrongTenant.status()).as("an issuer speaks for its own tenant only").isEqualTo(401);

        otherChainIdp.rotate();
        Thread.sleep(1_200); // past the server's minimum interval between two fetches of the keys (vigil.jwt.jwks.min-refresh)
        int fetched = otherChainIdp.fetches();
        String after = otherChainIdp.token("olga.manager", List.of("manager"), "other-hotel");
        assertThat(api.get("/api/v1/cases", Api.bearer(after)).status()).as("a new key id makes the server fetch the keys").isEqualTo(200);
        assertThat(otherChainIdp.fetches()).isGreaterThan(fetched);
        Thread.sleep(1_200);
        assertThat(api.get("/api/v1/cases", Api.bearer(before)).status()).as("the retired key no longer signs anyone in").isEqualTo(401);
    }

    @Test
    @Order(6)
    void rotatingTheTokenAndNoteKeys_losesNeitherLinksNorNotes() {
        Api api = api();
        JsonObject first = file("frontdesk", "FD", "9301", "[\"VEH_WATCHER\"]", "\"subjects\":{\"vehicle\":\"ROT 4821\"},\"note\":\"before the rotation\"");
        for (String family : List.of("token", "note")) {
            RawHttp.Answer rotated = api.json("POST", "/api/v1/admin/keys/rotate", Api.basic("admin"), "{\"family\":\"" + family + "\"}");
            assertThat(rotated.status()).as(rotated.text()).isEqualTo(201);
            assertThat(Json.object(rotated.text()).getBoolean("current")).isTrue();
        }
        JsonObject second = file("frontdesk", "FD", "9302", "[\"VEH_WATCHER\"]", "\"subjects\":{\"vehicle\":\"rot-4821\"},\"note\":\"after it\"");
        JsonObject third = file("frontdesk", "FD", "9303", "[\"VEH_WATCHER\"]", "\"subjects\":{\"vehicle\":\"NEW 1\"}");
        String oldToken = vehicleToken(first.getString("id"));
        assertThat(vehicleToken(second.getString("id"))).as("a known identifier keeps its token").isEqualTo(oldToken);
        assertThat(vehicleToken(third.getString("id"))).as("a new one gets the new key's").matches("vehicle:t2\\..+");
        assertThat(oldToken).matches("vehicle:t1\\..+");
        assertThat(Json.object(api.get("/api/v1/observations/" + first.getString("id"), Api.basic("security")).text())
                .getString("note")).isEqualTo("before the rotation");
        assertThat(Json.object(api.get("/api/v1/observations/" + second.getString("id"), Api.basic("security")).text())
                .getString("note")).isEqualTo("after it");
        assertThat(api.get("/api/v1/admin/keys", Api.basic("admin")).text()).contains("\"t2\"", "\"n2\"").doesNotContain("material");
    }

    private String vehicleToken(String observationId) {
        JsonObject o = Json.object(api().get("/api/v1/observations/" + observationId, Api.basic("security")).text());
        return o.getJsonArray("subjects").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("kind").equals("vehicle"))
                .findFirst().orElseThrow().getString("token");
    }

    @Test
    @Order(7)
    void roomNumbersThatLookAlike_areOneRoom_andDirectionControlsAreRefused() {
        Api api = api();
        String a = file("frontdesk", "HK", "2\u200b16", "[\"ROOM_SUPPLIES_NO_ENTRY\"]", null).getString("id");
        String b = file("frontdesk", "HK", "\uff12\uff11\uff16", "[\"BEH_RARELY_LEAVES\"]", null).getString("id");
        JsonObject first = Json.object(api.get("/api/v1/observations/" + a, Api.basic("security")).text());
        JsonObject second = Json.object(api.get("/api/v1/observations/" + b, Api.basic("security")).text());
        assertThat(first.getJsonObject("location").getString("room")).isEqualTo("216");
        assertThat(second.getJsonObject("stay").getString("id")).isEqualTo(first.getJsonObject("stay").getString("id"));
        RawHttp.Answer reversed = api.json("POST", "/api/v1/observations", Api.basic("frontdesk"),
                filing("frontdesk", "HK", "\u202e612", "[\"BEH_RARELY_LEAVES\"]", null));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.text()).contains("location.room").contains("direction control");
        RawHttp.Answer invalidUtf8 = api.send("POST", "/api/v1/observations", Api.basic("frontdesk"), "application/json",
                filing("frontdesk", "HK", "ROOM", "[\"BEH_RARELY_LEAVES\"]", null).replace("ROOM", "\u00ff\u00fe")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(invalidUtf8.status()).isEqualTo(400);
        assertThat(invalidUtf8.text()).contains("UTF-8");
    }

    @Test
    @Order(8)
    void theAuditChainHolds_andNamesTheFirstEntryAnIntruderAltered() {
        Api api = api();
        RawHttp.Answer ok = api.get("/api/v1/audit/verify", Api.basic("admin"));
        JsonObject verdict = Json.object(ok.text());
        assertThat(verdict.getBoolean("ok")).as(ok.text()).isTrue();
        assertThat(verdict.getJsonNumber("entries").longValue()).isGreaterThan(10);
        assertThat(Json.object(api.get("/api/v1/audit/verify?chain=server", Api.basic("admin")).text()).getBoolean("ok")).isTrue();

        // what the chain holds by now: filings, reads, exports, decisions, markings, key rotations, failed sign-ins
        String caseId = fixture().caseId();
        assertThat(api.get("/api/v1/cases/" + caseId + "/report", Api.basic("security"), "Accept: application/json").status())
                .isEqualTo(200);
        assertThat(api.json("POST", "/api/v1/cases/" + caseId + "/decisions", Api.basic("security"),
                "{\"decision\":\"MONITOR\",\"note\":\"watching the room\"}").status()).isEqualTo(200);
        Map<String, Long> audited = rows();
        assertThat(audited.keySet()).contains("audit:OBSERVATION_FILED", "audit:OBSERVATION_READ", "audit:CASE_OPENED",
                "audit:CASE_QUEUE_READ", "audit:CASE_READ", "audit:CASE_REPORT_JSON_EXPORTED", "audit:CASE_DECISION_MONITOR",
                "audit:SUBJECT_MARKED_EXCLUDED", "audit:KEY_ROTATED", "audit:SIGN_IN_FAILED", "audit:ACCOUNT_CREATED");
        assertThat(audited.get("audit_chain_head")).as("every configured tenant's eight lanes, opened at startup (ADR 0022)")
                .isGreaterThanOrEqualTo(2 * 8);
        JsonObject sealed = Json.object(api.get("/api/v1/audit/verify", Api.basic("admin")).text());
        assertThat(sealed.getBoolean("ok")).as("every one of them sealed into the chain").isTrue();
        assertThat(sealed.getJsonNumber("entries").longValue()).isGreaterThan(verdict.getJsonNumber("entries").longValue());

        RawHttp.Answer tampered = api.send("POST", "/it-probe/tamper?tenant=demo-chain&seq=3", null, null, null);
        assertThat(tampered.text()).isEqualTo("1");
        JsonObject broken = Json.object(api.get("/api/v1/audit/verify", Api.basic("admin")).text());
        assertThat(broken.getBoolean("ok")).isFalse();
        assertThat(broken.getJsonObject("brokenAt").getJsonNumber("seq").longValue()).isEqualTo(3);
        assertThat(broken.getJsonObject("brokenAt").getString("reason")).startsWith("altered");
        assertThat(api.get("/api/v1/audit/verify", Api.basic("manager")).status()).isEqualTo(403);
    }

    @Test
    @Order(9)
    void languageInputs_ofEveryReadingSurface_fallBackToEnglish_andAreNeverEchoed() {
        Api api = api();
        String caseId = fixture().caseId();
        String script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        List<String> langs = List.of(script, "zz-ZZ", "x".repeat(300), "he-%E2%80%AE612", "en-US-u-nu-arab-x-" + "a".repeat(8), "*");
        List<String> headers = List.of("Accept-Language: <b>he</b>;q=0.9, ar;q=abc", "Accept-Language: " + "x-".repeat(600),
                "Accept-Language: *;q=0.5, zz", "Accept-Language: ar-EG-u-nu-arab;q=1.0000001");
        for (String lang : langs) {
            RawHttp.Answer indicators = api.get("/api/v1/indicators?lang=" + lang, Api.basic("frontdesk"));
            assertThat(indicators.status()).as(lang).isEqualTo(200);
            assertThat(indicators.header("Content-Language")).as(lang).isEqualTo("en");
            for (RawHttp.Answer a : List.of(indicators, api.get("/api/v1/cases/" + caseId + "?lang=" + lang, Api.basic("security")),
                    api.get("/api/v1/cases/" + caseId + "/report?lang=" + lang, Api.basic("security"), "Accept: application/json"),
                    api.json("POST", "/api/v1/notes/lint?lang=" + lang, Api.basic("frontdesk"), "{\"note\":\"he looked scared\"}"))) {
                assertThat(a.status()).as(lang + ": " + abbreviate(a.text())).isEqualTo(200);
                assertThat(a.text()).as(lang).doesNotContain("<script>").doesNotContain("script%3E").doesNotContain("xxxxxxxxxx")
                        .doesNotContain("\u202e").doesNotContain("aaaaaaaa");
            }
        }
        for (String header : headers) {
            for (RawHttp.Answer a : List.of(api.get("/api/v1/indicators", Api.basic("frontdesk"), header),
                    api.get("/api/v1/cases/" + caseId, Api.basic("security"), header),
                    api.get("/api/v1/cases/" + caseId + "/report", Api.basic("security"), header, "Accept: application/pdf"))) {
                assertThat(a.status()).as(header).isEqualTo(200);
                assertThat(a.header("Cache-Control")).isEqualTo("no-store");
                assertThat(a.header("Content-Security-Policy")).contains("default-src 'none'");
            }
        }
        // a lang value with a control character in it is no language at all: refused like any other bad address
        RawHttp.Answer nul = api.get("/api/v1/indicators?lang=he%00", Api.basic("frontdesk"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.header("Content-Type")).startsWith("application/problem+json");
    }
}
