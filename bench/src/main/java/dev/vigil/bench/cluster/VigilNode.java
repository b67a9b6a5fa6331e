package dev.vigil.bench.cluster;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Vigil server as an operator starts it, in a process of its own: {@code java <jvm options> -jar vigil.jar --port P
 * [--systemproperties FILE]} in its own working directory, with the environment given. Killed with SIGKILL or stopped with
 * SIGTERM, and started again on the same port and settings.
 */
public final class VigilNode implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final Path dir;
    private final int port;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final Map<String, String> env;
    private Process process;
    private int starts;

    /**
     * @param arguments Payara Micro options after the port, e.g. {@code --systemproperties cluster.properties}
     */
    public VigilNode(String name, Path jar, Path dir, int port, List<String> jvmOptions, List<String> arguments,
                     Map<String, String> env) {
        this.name = name;
        this.jar = jar;
        this.dir = dir;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
        this.env = Map.copyOf(env);
    }

    /** A free port on loopback, as the operating system hands it out. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** The process id, for the operating system's figures (resident memory). */
    public long pid() {
        return process.pid();
    }

    public Path log() {
        return dir.resolve("vigil-" + starts + ".log");
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the process; returns at once. */
    public VigilNode start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--port");
        command.add(String.valueOf(port));
        command.addAll(arguments);
        try {
            Files.createDirectories(dir);
            starts++;
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log().toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("VIGIL_"));
            builder.environment().putAll(env);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /health/ready} answers 200; throws with the log's tail when the process dies or time runs out. */
    public Duration awaitReady(Duration timeout) {
        long started = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready:\n" + tail());
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no last flush, as a power cut or the OOM killer. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 30 seconds. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                process.destroyForcibly();
                waitFor(Duration.ofSeconds(10));
            }
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines of the current log. */
    public String tail() {
        try {
            String all = Files.readString(log());
            return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
