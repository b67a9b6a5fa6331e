package dev.vigil.samples.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A minimal receiver for Vigil's webhooks: it refuses unsigned, altered and replayed requests with
 * 401, answers 204 to a duplicate delivery without acting on it again, and hands each new
 * notification's JSON to a handler (here: print it). Run it with
 * {@code VIGIL_WEBHOOK_SECRET=... java -cp target/classes dev.vigil.samples.webhook.WebhookReceiver 9090}.
 */
public final class WebhookReceiver {

    private static final int REMEMBERED = 10_000;

    private final HttpServer server;
    // deliveries are retried after failures or a crash: remember recent ids to act once
    private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public WebhookReceiver(int port, String secret, Consumer<String> handler) throws IOException {
        VigilSignature signature = new VigilSignature(secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/vigil", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                VigilSignature.Verdict verdict = signature.check(exchange.getRequestHeaders().getFirst("Vigil-Signature"),
                        body, Instant.now());
                if (verdict != VigilSignature.Verdict.OK) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                String delivery = exchange.getRequestHeaders().getFirst("Vigil-Delivery");
                boolean fresh;
                synchronized (seen) {
                    fresh = delivery != null && seen.add(delivery);
                }
                if (fresh) {
                    handler.accept(new String(body, StandardCharsets.UTF_8));
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
    }

    public WebhookReceiver start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    public static void main(String[] args) throws IOException {
        String secret = System.getenv("VIGIL_WEBHOOK_SECRET");
        if (secret == null || secret.length() < 32) {
            System.err.println("set VIGIL_WEBHOOK_SECRET to the webhook's secret (vigil.webhook.<name>.secret)");
            System.exit(2);
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9090;
        WebhookReceiver receiver = new WebhookReceiver(port, secret, json -> System.out.println("notification: " + json)).start();
        System.out.println("listening on http://127.0.0.1:" + receiver.port() + "/vigil");
    }
}
