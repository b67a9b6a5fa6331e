package dev.vigil.server.infrastructure.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on loopback that checks each request as docs/protocols.md tells receivers to:
 * the signature over the timestamp and the raw body, within the replay window.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String delivery, String event, String signature, String body, boolean verified) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int answer = 204;

    WebhookReceiver(String secret) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/vigil", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            String signature = h.getFirst(WebhookSignature.HEADER);
            received.add(new Received(h.getFirst("Vigil-Delivery"), h.getFirst("Vigil-Event"), signature, body,
                    WebhookSignature.verify(secret, signature, body, Instant.now(), WebhookSignature.REPLAY_WINDOW)));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    /** The HTTP status the receiver answers with from now on. */
    void answer(int status) {
        answer = status;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/vigil");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static Map<String, WebhookEndpoint> endpoint(String name, URI url, String secret) {
        return Map.of(name, new WebhookEndpoint(name, url, secret, java.time.Duration.ofSeconds(5)));
    }
}
