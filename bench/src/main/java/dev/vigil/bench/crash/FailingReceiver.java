package dev.vigil.bench.crash;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chain's webhook receiver that fails half of its deliveries on purpose. It checks each request's Standard Webhooks
 * signature, then for about every second delivery answers {@code 503} without looking at it (whether a delivery fails is
 * drawn from its {@code webhook-id} and its attempt, and no id fails more than three times, so every notification gets
 * through within Vigil's retries). A delivery it accepts is acted on only if its {@code webhook-id} was never accepted
 * before: that is the receiver's de-duplication, and a repeat is answered {@code 200} and counted, never acted on again.
 */
final class FailingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Webhook verifier;
    /** webhook-id to how many deliveries of it were accepted (the first was acted on). */
    final Map<String, Integer> accepted = new ConcurrentHashMap<>();
    /** webhook-id to how many deliveries of it were refused on purpose. */
    final Map<String, Integer> refused = new ConcurrentHashMap<>();
    /** webhook-id to the body acted on. */
    final Map<String, String> bodies = new ConcurrentHashMap<>();
    final AtomicInteger badSignatures = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();

    FailingReceiver(String secret) throws Exception {
        verifier = new Webhook(secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hooks/vigil", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
                try {
                    verifier.verify(body, headers);
                } catch (WebhookVerificationException e) {
                    badSignatures.incrementAndGet();
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                exchange.sendResponseHeaders(answer(id, body), -1);
            }
        });
        server.start();
    }

    private synchronized int answer(String id, String body) {
        int failures = refused.getOrDefault(id, 0);
        int attempt = failures + accepted.getOrDefault(id, 0) + 1;
        if (failures < 3 && Math.floorMod((id + "#" + attempt).hashCode(), 2) == 0) {
            refused.merge(id, 1, Integer::sum);
            return 503;
        }
        if (accepted.merge(id, 1, Integer::sum) == 1) {
            bodies.put(id, body); // acted on: the first accepted delivery of this id
            return 204;
        }
        return 200; // a repeat of an id already acted on: acknowledged, ignored
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/vigil";
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
    }
}
