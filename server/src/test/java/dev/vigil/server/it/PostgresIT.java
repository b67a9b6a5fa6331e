package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vigil on a real PostgreSQL server (started by the test on loopback from binaries that Maven
 * brings), configured by environment variables as in production.
 */
class PostgresIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static EmbeddedPostgres postgres;

    @TempDir
    Path work;

    @BeforeAll
    static void startPostgres() throws Exception {
        // the embedded server's default is fsync off, for speed; Vigil refuses to answer writes it cannot make durable
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private Map<String, String> env(boolean demo) {
        Map<String, String> env = new HashMap<>(Map.of(
                "VIGIL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "VIGIL_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "VIGIL_DB_USER", "postgres",
                "VIGIL_DB_PASSWORD", "postgres",
                "VIGIL_DATA_DIR", work.resolve("data").toString()));
        if (demo) {
            env.put("VIGIL_DEMO", "true");
        }
        return env;
    }

    @Test
    void filesIdempotently_keepsDataAcrossARestart_andDemoModeIsOffByDefaultOnPostgres() throws Exception {
        String key = "pg-" + UUID.randomUUID();
        String filing = body("[\"VIS_SHORT_VISIT\",\"CTRL_LOOKOUT\"]", "\"subjects\":{\"vehicle\":\"QX-4821\",\"visitor\":\"Jane Rawname\"}");
        String id;
        try (VigilProcess vigil = VigilProcess.start(work, List.of(), env(true)).awaitReady(BOOT)) {
            assertThat(vigil.output()).contains("database: jdbc:postgresql://").doesNotContain("embedded H2");
            Http.Reply first = vigil.http().post("api/v1/observations", "frontdesk", filing, "Idempotency-Key", key);
            Http.Reply second = vigil.http().post("api/v1/observations", "frontdesk", filing, "Idempotency-Key", key);
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
            id = Json.object(first.body()).getString("id");
        }
        try (VigilProcess again = VigilProcess.start(work, List.of(), env(true)).awaitReady(BOOT)) {
            Http.Reply read = again.http().get("api/v1/observations/" + id, "security");
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(Json.object(read.body()).getJsonArray("indicators").toString()).contains("VIS_SHORT_VISIT", "CTRL_LOOKOUT");
            // the idempotency record survived the restart too
            Http.Reply replay = again.http().post("api/v1/observations", "frontdesk", filing, "Idempotency-Key", key);
            assertThat(replay.status()).isEqualTo(200);
            assertThat(Json.object(replay.body()).getString("id")).isEqualTo(id);
        }
        RawValues.assertNoneStored(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                List.of("QX-4821", "QX4821", "Jane Rawname"));
        try (VigilProcess production = VigilProcess.start(work, List.of(), env(false))) {
            assertThat(production.awaitExit(BOOT)).as("demo mode is off on PostgreSQL unless asked for").isNotZero();
            assertThat(production.output()).contains("demo users");
        }
    }
}
