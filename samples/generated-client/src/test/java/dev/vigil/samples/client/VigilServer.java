package dev.vigil.samples.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Vigil's runnable jar in demo mode, as the README starts it, on a free loopback port with its own
 * data directory; stopped when the test is done. Readiness is the server's own health endpoint. It stands
 * alone, as a chain's own test would, so it repeats the few lines of the server's test harness it needs.
 */
final class VigilServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private VigilServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static VigilServer start(Path workDir) throws IOException {
        Path jar = Path.of(System.getProperty("vigil.jar", "../../server/target/vigil.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar + ": package the server first "
                    + "(mvn -B -DskipTests -pl server -am package)");
        }
        // below Linux's ephemeral range: a poll of a port in that range can connect to itself and take the port
        int port = -1;
        for (int attempt = 0; port < 0 && attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(java.util.concurrent.ThreadLocalRandom.current().nextInt(20000, 32000))) {
                port = socket.getLocalPort();
            } catch (java.io.IOException taken) {
                // another one
            }
        }
        if (port < 0) {
            throw new IllegalStateException("no free port between 20000 and 32000");
        }
        Path log = workDir.resolve("vigil.out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Dvigil.demo=true", "-Dvigil.data.dir=" + workDir.resolve("data"), "-jar", jar.toString(),
                "--port", String.valueOf(port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("VIGIL_"));
        return new VigilServer(builder.start(), log, port).awaitReady(Duration.ofMinutes(5));
    }

    /** Loopback by address: "localhost" may resolve to ::1 first, where nothing listens. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Polls /health/ready with a fresh connection each time (a client whose connection machinery broke
     * during the wait would report "refused" to the end) and names the last answer if it never comes.
     */
    private VigilServer awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Vigil exited before it was ready:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl() + "/health/ready").toURL().openConnection();
                c.setConnectTimeout(2_000);
                c.setReadTimeout(10_000);
                int status = c.getResponseCode();
                c.disconnect();
                if (status == 200) {
                    return this;
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Vigil was not ready within " + timeout + " (last answer: " + last + "):\n"
                + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
