package dev.vigil.server.infrastructure.notification;

import dev.vigil.plugin.notify.DeliveryException;
import dev.vigil.plugin.notify.NotificationChannel;
import dev.vigil.plugin.notify.OutboundMessage;
import java.io.IOException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

/**
 * Posts the notification's JSON to a configured receiver, signed to the Standard Webhooks
 * specification ({@link WebhookSignature}). The route names the receiver ({@code webhook:ops}), never
 * an address, so that nobody who can edit a protocol or a route can send case facts to an address of
 * their choosing; and an address that resolves into a private network is refused unless the receiver
 * is configured with {@code allow-private}.
 */
public final class WebhookChannel implements NotificationChannel {

    private final Map<String, WebhookEndpoint> endpoints;
    private final HttpClient http;
    private final Clock clock;

    public WebhookChannel(Map<String, WebhookEndpoint> endpoints, Clock clock) {
        this.endpoints = Map.copyOf(endpoints);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String scheme() {
        return "webhook";
    }

    @Override
    public void deliver(OutboundMessage message) throws DeliveryException {
        WebhookEndpoint endpoint = endpoints.get(message.recipient());
        if (endpoint == null) {
            throw new DeliveryException("no webhook named '" + message.recipient() + "': set vigil.webhook."
                    + message.recipient() + ".url and .secret", null, true);
        }
        refusePrivate(endpoint);
        String body = message.json();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Vigil-Webhooks/1")
                .header(WebhookSignature.ID, message.id())
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.header(endpoint.secrets(), message.id(), timestamp, body))
                .header("Vigil-Event", message.event())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryException("webhook " + endpoint.name() + " unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting to webhook " + endpoint.name(), e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            // a 4xx other than a timeout or a rate limit will not change by itself: an administrator must look
            boolean permanent = status / 100 == 4 && status != 408 && status != 425 && status != 429;
            throw new DeliveryException("webhook " + endpoint.name() + " answered HTTP " + status, null, permanent);
        }
    }

    /** Checked at each delivery too: a name can resolve elsewhere after startup. */
    private static void refusePrivate(WebhookEndpoint endpoint) throws DeliveryException {
        if (endpoint.allowPrivate()) {
            return;
        }
        try {
            var blocked = PrivateAddresses.firstPrivate(endpoint.url().getHost());
            if (blocked.isPresent()) {
                throw new DeliveryException("webhook " + endpoint.name() + " resolves to a private address "
                        + blocked.get().getHostAddress() + "; set vigil.webhook." + endpoint.name()
                        + ".allow-private=true if that is intended", null, true);
            }
        } catch (UnknownHostException e) {
            throw new DeliveryException("webhook " + endpoint.name() + ": its host does not resolve", e);
        }
    }
}
