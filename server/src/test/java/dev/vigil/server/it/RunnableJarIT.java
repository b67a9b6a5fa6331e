package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.body;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
    static final List<String> RAW = List.of("QX-4821", "QX4821", "Jane Rawname", "2035550199", "203 555 0199",
            "Guest asked for help at the ice machine");

    @TempDir
    Path work;

    @Test
    void runsOnTheEmbeddedDefault_keepsDataAcrossARestart_andStoresNoRawIdentifiers() throws Exception {
        Path data = work.resolve("vigil-data");
        String id;
        try (VigilProcess vigil = VigilProcess.start(work, List.of("-Dvigil.data.dir=" + data), Map.of()).awaitReady(BOOT)) {
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
        }
        assertThat(data.resolve("vigil.mv.db")).exists();
        assertThat(data.resolve("keys").resolve("demo-chain.key")).exists();

        // the same data directory, named by the environment variable this time
        try (VigilProcess again = VigilProcess.start(work, List.of(), Map.of("VIGIL_DATA_DIR", data.toString())).awaitReady(BOOT)) {
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
    void productionMode_needsEachPropertysZoneAndProtocol_andEachTenantsKey_andHasNoDemoUsers() {
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
        try (VigilProcess vigil = VigilProcess.start(work, production, withKey).awaitReady(BOOT)) {
            assertThat(vigil.output()).contains("production mode: no demo users").doesNotContain("DEMO MODE");
            assertThat(vigil.http().get("api/v1/indicators", "frontdesk").status()).isEqualTo(401);
            assertThat(work.resolve("prod").resolve("keys")).doesNotExist();
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
