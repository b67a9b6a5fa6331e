package dev.vigil.samples.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A minimal receiver for Vigil's webhooks. It verifies each request with the Standard Webhooks library
 * (signature over webhook-id, webhook-timestamp and the raw body, timestamp within five minutes) and
 * refuses what does not verify with 401; answers 204 to a webhook-id it has already handled without
 * acting again (Vigil delivers at least once); and hands each new event's JSON to the handler for its
 * type ({@code case.opened}, {@code case.actions_required}, {@code case.action_overdue}, ...). Run it with
 * {@code VIGIL_WEBHOOK_SECRET=whsec_... java -cp ... dev.vigil.samples.webhook.WebhookReceiver 9090}.
 */
public final class WebhookReceiver {

    private static final int REMEMBERED = 10_000;

    private final HttpServer server;
    private final Webhook verifier;
    private final Map<String, Consumer<JsonObject>> handlers = new HashMap<>();
    private Consumer<JsonObject> otherwise = event -> { };
    // deliveries are retried after failures or a crash: remember recent ids to act once
    private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public WebhookReceiver(int port, String secret) throws IOException {
        try {
            verifier = new Webhook(secret);
        } catch (com.standardwebhooks.exceptions.EmptyWebhookSecretException e) {
            throw new IllegalArgumentException("the webhook secret is empty", e);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/vigil", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
                try {
                    verifier.verify(body, headers);
                } catch (WebhookVerificationException e) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                String id = headers.get("webhook-id").get(0);
                boolean fresh;
                synchronized (seen) {
                    fresh = seen.add(id);
                }
                if (fresh) {
                    dispatch(body);
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
    }

    /** Acts on one type of event. */
    public WebhookReceiver on(String eventType, Consumer<JsonObject> handler) {
        handlers.put(eventType, handler);
        return this;
    }

    /** Acts on the event types no other handler takes, such as types added to Vigil later. */
    public WebhookReceiver otherwise(Consumer<JsonObject> handler) {
        otherwise = handler;
        return this;
    }

    private void dispatch(String body) {
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            event = reader.readObject();
        }
        handlers.getOrDefault(event.getString("event", ""), otherwise).accept(event);
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
        if (secret == null || !secret.startsWith("whsec_")) {
            System.err.println("set VIGIL_WEBHOOK_SECRET to the webhook's whsec_ secret (vigil.webhook.<name>.secret)");
            System.exit(2);
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9090;
        WebhookReceiver receiver = new WebhookReceiver(port, secret)
                .on("case.opened", e -> System.out.println("case " + e.getString("caseId") + " opened at "
                        + e.getString("propertyName") + " (" + e.getString("severity") + ")"))
                .on("case.severity_raised", e -> System.out.println("case " + e.getString("caseId") + " rose from "
                        + e.getString("previousSeverity") + " to " + e.getString("severity")))
                .on("case.actions_required", e -> System.out.println("steps needed on case " + e.getString("caseId")
                        + " (" + e.getString("severity") + "): " + e.getJsonArray("actions")))
                .on("case.action_overdue", e -> System.out.println("overdue on case " + e.getString("caseId") + ": "
                        + e.getJsonObject("action")))
                .otherwise(e -> System.out.println("event " + e.getString("event", "?") + ": " + e))
                .start();
        System.out.println("listening on http://127.0.0.1:" + receiver.port() + "/vigil");
    }
}
