package dev.vigil.server.infrastructure.notification;

import com.sun.net.httpserver.HttpServer;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback that checks each request as a chain's receiver would, with the
 * Standard Webhooks reference library: the signature over id, timestamp and raw body, within its
 * tolerance. It can be told to answer slowly or with an error.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A secret as the tests configure it: whsec_ and the base64 of 32 bytes. */
    static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(
            "a-webhook-secret-of-32-bytes-...".getBytes(StandardCharsets.US_ASCII));

    record Received(String id, String event, String signature, String body, boolean verified) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int answer = 204;
    private volatile Duration delay = Duration.ZERO;
    private final java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();

    WebhookReceiver(String secret) throws IOException, com.standardwebhooks.exceptions.EmptyWebhookSecretException {
        Webhook verifier = new Webhook(secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hooks/vigil", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            Map<String, List<String>> headers = new HashMap<>();
            h.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
            boolean verified;
            try {
                verifier.verify(body, headers);
                verified = true;
            } catch (WebhookVerificationException e) {
                verified = false;
            }
            received.add(new Received(h.getFirst("webhook-id"), h.getFirst("Vigil-Event"), h.getFirst("webhook-signature"), body,
                    verified));
            mostAtOnce.accumulateAndGet(busy.incrementAndGet(), Math::max);
            try {
                pause(delay);
                exchange.sendResponseHeaders(answer, -1);
                exchange.close();
            } finally {
                busy.decrementAndGet();
            }
        });
        server.start();
    }

    /** The HTTP status the receiver answers with from now on. */
    void answer(int status) {
        answer = status;
    }

    /** How long the receiver takes before it answers, from now on. */
    void slow(Duration by) {
        delay = by;
    }

    /** The most deliveries this receiver had under way at one moment. */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/vigil");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One receiver on loopback: tests allow the private address their receiver listens on. */
    static Map<String, WebhookEndpoint> endpoint(String name, URI url, String secret) {
        return Map.of(name, new WebhookEndpoint(name, url, List.of(WebhookSecret.parse(secret)), Duration.ofSeconds(5), true));
    }

    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis()); // the receiver's own slowness, which the test is about
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
