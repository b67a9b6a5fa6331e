package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore exactly as docs/operations.md ("Backup and restore") tells an operator: the embedded default by
 * stopping Vigil and archiving its data directory with {@code tar}, PostgreSQL with {@code pg_dump --format=custom} and
 * {@code pg_restore} into a new database, the tenant secrets kept beside it. After each restore, Vigil starts on the copy,
 * reads the observation back with its note decrypted, and a retry of the filing replays the same answer.
 */
class BackupRestoreIT {

    private static final Duration BOOT = Duration.ofSeconds(180);
    private static final String NOTE = "Towels at the door again, third day";

    @TempDir
    Path work;

    @Test
    void theEmbeddedDefault_restoredFromATarOfTheDataDirectory_readsAndReplaysAsBefore() throws Exception {
        Path live = work.resolve("live");
        // demo mode: its users file and read, and its generated secrets lie in data/keys, inside the archive
        Map<String, String> env = Map.of("VIGIL_DATA_DIR", live.resolve("data").toString(), "VIGIL_DEMO", "true");
        Filed filed;
        try (VigilProcess vigil = VigilProcess.start(live, List.of(), env).awaitReady(BOOT)) {
            filed = file(vigil);
        } // stopped as the guide says: the H2 file is open while Vigil runs
        // tar -C /srv/vigil -czf vigil-data.tar.gz data
        Path archive = work.resolve("vigil-data.tar.gz");
        run(List.of("tar", "-C", live.toString(), "-czf", archive.toString(), "data"), Map.of());
        // tar -C /srv/vigil -xzf vigil-data.tar.gz   (on the machine that restores, into an empty directory)
        Path restored = work.resolve("restored");
        Files.createDirectories(restored);
        run(List.of("tar", "-C", restored.toString(), "-xzf", archive.toString()), Map.of());
        assertThat(restored.resolve("data/keys/demo-chain.key")).as("the keys travel with the data").exists();

        try (VigilProcess vigil = VigilProcess.start(restored, List.of(),
                Map.of("VIGIL_DATA_DIR", restored.resolve("data").toString(), "VIGIL_DEMO", "true")).awaitReady(BOOT)) {
            assertRestored(vigil, filed);
        }
    }

    @Test
    void postgres_restoredWithPgRestoreIntoANewDatabase_withTheSameSecrets_readsAndReplaysAsBefore() throws Exception {
        requirePostgresClient();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start()) {
            String secret = java.util.Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32)
                    .getBytes(StandardCharsets.US_ASCII));
            Filed filed;
            try (VigilProcess vigil = VigilProcess.start(work.resolve("live"), List.of(), env(pg, "postgres", secret))
                    .awaitReady(BOOT)) {
                filed = file(vigil);
                // pg_dump --format=custom --file=vigil.dump "postgresql://vigil@db.internal:5432/vigil"   (Vigil may keep running)
                run(List.of("pg_dump", "--format=custom", "--file=" + work.resolve("vigil.dump"), uri(pg, "postgres")), Map.of());
            }
            // psql -c "CREATE DATABASE vigil_restored OWNER vigil"; pg_restore --no-owner --dbname=... vigil.dump
            run(List.of("psql", uri(pg, "postgres"), "-c", "CREATE DATABASE vigil_restored"), Map.of());
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + uri(pg, "vigil_restored"),
                    work.resolve("vigil.dump").toString()), Map.of());

            try (VigilProcess vigil = VigilProcess.start(work.resolve("restored"), List.of(), env(pg, "vigil_restored", secret))
                    .awaitReady(BOOT)) {
                assertThat(vigil.output()).contains("vigil_restored");
                assertRestored(vigil, filed);
            }
        }
    }

    private record Filed(String key, String body, String id) {
    }

    private static Filed file(VigilProcess vigil) {
        String key = "backup-" + UUID.randomUUID();
        String body = body("[\"ROOM_SUPPLIES_NO_ENTRY\",\"BEH_RARELY_LEAVES\"]",
                "\"subjects\":{\"vehicle\":\"KT-5120\"},\"note\":\"" + NOTE + "\"");
        Http.Reply reply = vigil.http().post("api/v1/observations", "frontdesk", body, "Idempotency-Key", key);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new Filed(key, body, Json.object(reply.body()).getString("id"));
    }

    private static void assertRestored(VigilProcess vigil, Filed filed) {
        Http.Reply read = vigil.http().get("api/v1/observations/" + filed.id(), "security");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonObject observation = Json.object(read.body());
        assertThat(observation.getString("note")).as("the note decrypts with the restored keys").isEqualTo(NOTE);
        Http.Reply replay = vigil.http().post("api/v1/observations", "frontdesk", filed.body(), "Idempotency-Key", filed.key());
        assertThat(replay.status()).as("the retry replays the stored answer: " + replay.body()).isEqualTo(200);
        assertThat(Json.object(replay.body()).getString("id")).isEqualTo(filed.id());
    }

    private Map<String, String> env(EmbeddedPostgres pg, String database, String secret) {
        Map<String, String> env = new HashMap<>(Map.of(
                "VIGIL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "VIGIL_DB_URL", "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + database,
                "VIGIL_DB_USER", "postgres",
                "VIGIL_DB_PASSWORD", "postgres",
                "VIGIL_DEMO", "true",
                "VIGIL_TENANT_DEMO_CHAIN_SECRET", secret,
                "VIGIL_TENANT_OTHER_CHAIN_SECRET", secret));
        env.put("VIGIL_DATA_DIR", work.resolve(database + "-data").toString());
        return env;
    }

    private static String uri(EmbeddedPostgres pg, String database) {
        return "postgresql://postgres:postgres@127.0.0.1:" + pg.getPort() + "/" + database;
    }

    /**
     * The PostgreSQL steps use the client tools an operator has (Debian's postgresql-client: pg_dump, pg_restore, psql).
     * Without them the test is skipped, saying so; CI sets {@code VIGIL_REQUIRE_PG_CLIENT} and installs them, so there a
     * missing tool fails instead.
     */
    private static void requirePostgresClient() {
        List<String> missing = Stream.of("pg_dump", "pg_restore", "psql").filter(tool -> Stream.of(
                System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .noneMatch(dir -> Files.isExecutable(Path.of(dir, tool)))).toList();
        String why = "the PostgreSQL backup steps need " + missing + " on the PATH (Debian: apt-get install postgresql-client)";
        if (!missing.isEmpty() && System.getenv("VIGIL_REQUIRE_PG_CLIENT") != null) {
            throw new IllegalStateException(why);
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> "skipped: " + why);
    }

    /** Runs one of the guide's commands; fails with its output unless it exits 0. */
    private static void run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
    }
}
