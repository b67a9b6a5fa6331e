package dev.vigil.samples.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Vigil's runnable jar in demo mode, as the README starts it, on a free loopback port with its own
 * data directory; stopped when the test is done. Readiness is the server's own health endpoint.
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

    private VigilServer awaitReady(Duration timeout) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Vigil exited before it was ready:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Vigil was not ready within " + timeout + ":\n" + Files.readString(log));
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
