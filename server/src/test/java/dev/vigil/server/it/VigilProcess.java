package dev.vigil.server.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The runnable jar as a user starts it: its own process, port, data directory and log. */
public final class VigilProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private VigilProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code java <jvmOptions> -jar vigil.jar --port <free port>} in the given directory. */
    public static VigilProcess start(Path workDir, List<String> jvmOptions, Map<String, String> env) {
        return start(workDir, jvmOptions, env, List.of());
    }

    /** As above, with arguments for the jar after the port ({@code --demo}, say). */
    public static VigilProcess start(Path workDir, List<String> jvmOptions, Map<String, String> env, List<String> args) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(Path.of(System.getProperty("vigil.jar", "target/vigil.jar")).toAbsolutePath().toString());
        command.add("--port");
        command.add(String.valueOf(port));
        command.addAll(args);
        try {
            Files.createDirectories(workDir);
            Path log = Files.createTempFile(workDir, "vigil-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("VIGIL_"));
            builder.environment().putAll(env);
            return new VigilProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        // A port below Linux's ephemeral range (32768 and up): a client polling a port in that range before the
        // server listens can be given that very port as its own source port, connect to itself, and so take
        // the port the server is about to bind (TCP self-connect); the server then never listens.
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        IOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(random.nextInt(20000, 32000))) {
                return socket.getLocalPort();
            } catch (IOException e) {
                last = e;
            }
        }
        throw new UncheckedIOException(last);
    }

    /** Loopback by address: "localhost" may resolve to ::1 first, where nothing may listen. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public Http http() {
        return new Http(baseUrl());
    }

    /**
     * Waits until /health/ready answers 200; fails with the log if the process dies or time runs out,
     * and then stops it: a caller's try-with-resources never got hold of it to do so.
     */
    public VigilProcess awaitReady(Duration timeout) {
        try {
            return waitUntilReady(timeout);
        } catch (AssertionError | RuntimeException e) {
            close();
            throw e;
        }
    }

    private VigilProcess waitUntilReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Vigil exited with " + process.exitValue() + " before it was ready:\n" + tail());
            }
            // a fresh connection each time, with no client state carried between polls: a client whose
            // connection machinery broke during the wait would otherwise report "refused" to the end
            try {
                java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(baseUrl() + "health/ready").toURL().openConnection();
                c.setConnectTimeout(2_000);
                c.setReadTimeout(10_000);
                int status = c.getResponseCode();
                c.disconnect();
                if (status == 200) {
                    return this;
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e + (e.getCause() == null ? "" : " (" + e.getCause() + ")"); // not listening yet
            }
            sleep(250);
        }
        throw new AssertionError("Vigil was not ready within " + timeout + " (last answer: " + last + "):\n" + tail());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Vigil kept running though it should have stopped:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The file this process's console output goes to (what a person starting it would see on screen). */
    public Path console() {
        return log;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String all = output();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    /** Kills it as a power cut or the OOM killer would (SIGKILL): no shutdown hook, no last flush. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("Vigil survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops it as an operator would (SIGTERM), waiting for a clean shutdown. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
