package dev.vigil.bench.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server for the scripts under bench/, from the binaries Maven brings (zonky), on loopback, with the
 * durability settings of production ({@code fsync} and {@code synchronous_commit} on). It runs until its standard input
 * closes or the process is told to stop, and writes its JDBC address to a file once it accepts connections.
 *
 * <pre>usage: PostgresServer &lt;data dir&gt; &lt;url file&gt; [name=value ...]   (more server settings)</pre>
 */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PostgresServer <data dir> <url file> [name=value ...]");
            System.exit(2);
        }
        EmbeddedPostgres pg = start(Path.of(args[0]), java.util.Arrays.copyOfRange(args, 2, args.length));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
        Path urlFile = Path.of(args[1]);
        Path partial = urlFile.resolveSibling(urlFile.getFileName() + ".part");
        Files.writeString(partial, pg.getJdbcUrl("postgres", "postgres") + System.lineSeparator());
        Files.move(partial, urlFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("PostgreSQL ready: " + pg.getJdbcUrl("postgres", "postgres"));
        // until the script that started us closes our input (or kills us: the hook stops the server)
        while (System.in.read() >= 0) {
            Thread.onSpinWait();
        }
        close(pg);
        System.exit(0);
    }

    /** Starts a server in {@code dataDir} (kept after it stops) with production's durability and the given settings. */
    public static EmbeddedPostgres start(Path dataDir, String... settings) throws IOException {
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(90))
                .setServerConfig("listen_addresses", "127.0.0.1")
                // the embedded default is fsync off, for tests' speed; Vigil refuses a server that cannot keep a commit
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200");
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a setting is name=value: " + s);
            }
            builder.setServerConfig(s.substring(0, eq), s.substring(eq + 1));
        }
        return builder.start();
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("stopping PostgreSQL: " + e);
        }
    }
}
