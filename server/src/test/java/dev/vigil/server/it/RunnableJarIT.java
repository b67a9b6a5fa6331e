package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.body;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a newcomer uses it: embedded H2 under a data directory, demo mode, a restart
 * that keeps everything, and startups that must refuse (demo users outside demo mode, a bad pack).
 */
class RunnableJarIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    /** Demo mode is only ever asked for: this switch on the jar's command line. */
    private static final List<String> DEMO = List.of("--demo");
    static final List<String> RAW = List.of("QX-4821", "QX4821", "Jane Rawname", "2035550199", "203 555 0199",
            "Guest asked for help at the ice machine");

    @TempDir
    Path work;

    @Test
    void runsOnTheEmbeddedDefault_keepsDataAcrossARestart_andStoresNoRawIdentifiers() throws Exception {
        Path data = work.resolve("vigil-data");
        String id;
        try (VigilProcess vigil = VigilProcess.start(work, List.of("-Dvigil.data.dir=" + data), Map.of(), DEMO).awaitReady(BOOT)) {
            assertThat(vigil.output())
                    .contains("Vigil is starting at http://localhost:" + vigil.port() + "/")
                    .contains("DEMO MODE: demo users are active")
                    .contains("embedded H2 in " + data)
                    .contains("rule pack: vigil-default-rules");
            Http.Reply filed = vigil.http().post("api/v1/observations", "frontdesk",
                    body("[\"CTRL_HELP_REQUEST\",\"BEH_RARELY_LEAVES\"]",
                            "\"subjects\":{\"vehicle\":\"QX-4821\",\"guest\":\"Jane Rawname\",\"phone\":\"+1 (203) 555-0199\"},"
                                    + "\"note\":\"Guest asked for help at the ice machine\""),
                    "Idempotency-Key", "restart-" + UUID.randomUUID());
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            assertThat(Json.object(filed.body()).getJsonArray("immediateActions").getJsonObject(0).getString("type"))
                    .isEqualTo("CALL_911");
            id = Json.object(filed.body()).getString("id");
            assertThat(vigil.output()).as("log").doesNotContain("QX-4821", "Jane Rawname", "555-0199", "ice machine");
            // addresses the container itself cannot decode are answered by Vigil's guard in its HTTP listener
            for (String bad : List.of("api/v1/admin/retention/run%ZZ", "api/v1/cases/%C3%28", "api/v1/observations%2")) {
                RawHttp.Answer answer = RawHttp.send(vigil.port(), "POST /" + bad + " HTTP/1.1", List.of("Authorization: Basic "
                        + java.util.Base64.getEncoder().encodeToString("admin:admin-demo".getBytes())), new byte[0]);
                assertThat(answer.status()).as(bad).isEqualTo(400);
                assertThat(answer.header("Content-Type")).as(bad).startsWith("application/problem+json");
            }
        }
        assertThat(data.resolve("vigil.mv.db")).exists();
        assertThat(data.resolve("keys").resolve("demo-chain.key")).exists();
        // the database and the keys are the server's alone
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(data.resolve("vigil.mv.db"))).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(data.resolve("keys"))).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));

        // the same data directory, named by the environment variable this time
        try (VigilProcess again = VigilProcess.start(work, List.of(), Map.of("VIGIL_DATA_DIR", data.toString()), DEMO).awaitReady(BOOT)) {
            Http.Reply read = again.http().get("api/v1/observations/" + id, "security");
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            JsonObject observation = Json.object(read.body());
            assertThat(observation.getString("note")).isEqualTo("Guest asked for help at the ice machine");
            assertThat(observation.getJsonArray("subjects")).hasSize(3);
            assertThat(read.body()).doesNotContain("QX-4821", "Jane Rawname");
        }
        RawValues.assertNoneStored("jdbc:h2:file:" + data.resolve("vigil") + ";ACCESS_MODE_DATA=r", "vigil", "vigil", RAW);

        // the database now holds demo users: production mode must refuse it
        try (VigilProcess production = VigilProcess.start(work, List.of("-Dvigil.data.dir=" + data, "-Dvigil.demo=false"), Map.of())) {
            assertThat(production.awaitExit(BOOT)).isNotZero();
            assertThat(production.output()).contains("Vigil cannot start").contains("demo users").contains("vigil.demo=false");
        }
    }

    @Test
    void theJarIsBuiltNeverToClusterNorPhoneHome() throws Exception {
        try (var jar = new java.util.jar.JarFile(System.getProperty("vigil.jar", "target/vigil.jar"))) {
            var entry = jar.getJarEntry("MICRO-INF/deploy/payaramicro.properties");
            assertThat(entry).as("baked Payara Micro options").isNotNull();
            String options = new String(jar.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(options).contains("payaramicro.noCluster=true", "payaramicro.disablePhoneHome=true");
        }
    }

    @Test
    void productionMode_needsEachPropertysZoneAndProtocol_andEachTenantsKey_andHasNoDemoUsers_butOneFirstAdministrator()
            throws IOException {
        List<String> production = List.of("-Dvigil.data.dir=" + work.resolve("prod"), "-Dvigil.demo=false");
        Map<String, String> unnamed = Map.of("VIGIL_PROPERTIES", "harbor-inn", "VIGIL_PROPERTY_HARBOR_INN_TENANT", "acme-hotels",
                "VIGIL_PROPERTY_HARBOR_INN_PROTOCOL", "us-ct");
        try (VigilProcess vigil = VigilProcess.start(work, production, unnamed)) {
            assertThat(vigil.awaitExit(BOOT)).isNotZero();
            assertThat(vigil.output()).contains("Vigil cannot start").contains("vigil.property.harbor-inn.zone is required");
        }
        Map<String, String> property = new java.util.HashMap<>(unnamed);
        property.put("VIGIL_PROPERTY_HARBOR_INN_ZONE", "America/New_York");
        try (VigilProcess vigil = VigilProcess.start(work, production, property)) {
            assertThat(vigil.awaitExit(BOOT)).isNotZero();
            assertThat(vigil.output()).contains("No key for tenant 'acme-hotels'").contains("vigil.tenant.acme-hotels.secret");
        }
        String secret = java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');
        Map<String, String> withKey = new java.util.HashMap<>(property);
        withKey.put("VIGIL_TENANT_ACME_HOTELS_SECRET", secret);
        String password;
        try (VigilProcess vigil = VigilProcess.start(work, production, withKey).awaitReady(BOOT)) {
            assertThat(vigil.output()).contains("production mode: no demo users").doesNotContain("DEMO MODE")
                    .as("the tenant secret is never logged").doesNotContain(secret);
            assertThat(vigil.http().get("api/v1/indicators", "frontdesk").status()).isEqualTo(401);
            assertThat(work.resolve("prod").resolve("keys")).doesNotExist();
            // the first start makes one administrator, its password shown once on the console
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                    "First administrator of tenant acme-hotels: user name admin\\s+password: (\\S+)").matcher(vigil.output());
            assertThat(shown.find()).as(vigil.output()).isTrue();
            password = shown.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            Http.Reply first = vigil.http().get("api/v1/indicators", "admin:" + password);
            assertThat(first.status()).isEqualTo(401);
            assertThat(first.body()).as("the right password, to be changed first").contains("must be changed");
            assertThat(vigil.http().get("api/v1/indicators", "admin:" + password + "x").body()).contains("not correct");
            assertThat(vigil.http().get("api/v1/indicators", "admin:" + password + "\u0000").body())
                    .as("no byte more than the password").contains("not correct");
            assertNowhereButOnTheConsole(password, vigil);
        }
        try (VigilProcess again = VigilProcess.start(work, production, withKey).awaitReady(BOOT)) {
            assertThat(again.output()).doesNotContain("First administrator").doesNotContain(password);
            assertThat(again.http().get("api/v1/indicators", "admin:" + password).body()).contains("must be changed");
        }
    }

    /** The generated password is in no file but the console's capture: not the log, not the database, not a key. */
    private void assertNowhereButOnTheConsole(String password, VigilProcess vigil) throws IOException {
        try (var files = Files.walk(work)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(vigil.console())).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(password);
            }
        }
    }

    @Test
    void refusesToStart_withARulePackWhoseFixtureFails_namingTheRuleAndTheFixture() throws Exception {
        String pack;
        try (var in = getClass().getResourceAsStream("/packs/rules/rules.yaml")) {
            pack = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String broken = pack.replaceFirst("(name: violence seen in a room is an emergency at once\\s+expect: )T4", "$1T2");
        assertThat(broken).isNotEqualTo(pack);
        Path file = work.resolve("strict-rules.yaml");
        Files.writeString(file, broken);
        try (VigilProcess vigil = VigilProcess.start(work, List.of("-Dvigil.data.dir=" + work.resolve("d"),
                "-Dvigil.packs.rules=" + file), Map.of())) {
            assertThat(vigil.awaitExit(BOOT)).isNotZero();
            assertThat(vigil.output()).contains("Vigil cannot start").contains(file.toString())
                    .contains("rule R1, fixture 'violence seen in a room is an emergency at once': expected T2, got T4");
        }
    }

    @Test
    void refusesToStart_whenDemoUsersAreConfiguredWithDemoModeOff() {
        try (VigilProcess vigil = VigilProcess.start(work, List.of("-Dvigil.data.dir=" + work.resolve("d"),
                "-Dvigil.demo=false", "-Dvigil.demo.users=frontdesk,security"), Map.of())) {
            assertThat(vigil.awaitExit(BOOT)).isNotZero();
            assertThat(vigil.output()).contains("Demo users are configured").contains("vigil.demo=false");
        }
    }

    @Test
    void refusesToStart_withAnInvalidIndicatorPack_namingTheFileTheIndicatorAndTheProblem() throws Exception {
        Path pack = work.resolve("my-pack.yaml");
        try (var in = getClass().getResourceAsStream("/packs/invalid/missing-arabic.yaml")) {
            Files.copy(in, pack);
        }
        try (VigilProcess vigil = VigilProcess.start(work, List.of("-Dvigil.data.dir=" + work.resolve("d"),
                "-Dvigil.packs.indicators=" + pack), Map.of())) {
            assertThat(vigil.awaitExit(BOOT)).isNotZero();
            assertThat(vigil.output()).contains("Vigil cannot start").contains(pack.toString())
                    .contains("indicator CTRL_SPEAKS_FOR").contains("ar");
        }
    }
}
