package dev.vigil.samples.sms;

import dev.vigil.plugin.notify.ChannelSettings;
import dev.vigil.plugin.notify.DeliveryException;
import dev.vigil.plugin.notify.NotificationChannel;
import dev.vigil.plugin.notify.OutboundMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Texts notifications through an SMS gateway that speaks Twilio's Messages API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form fields {@code To}, {@code From}
 * and {@code Body}, HTTP Basic with the account SID and auth token). Routes look like
 * {@code sms:+18605550100}.
 *
 * <p>Settings ({@code vigil.channel.sms.*}): {@code account-sid}, {@code auth-token}, {@code from}
 * (the sending number), and {@code base-url} (default {@code https://api.twilio.com}).
 */
public final class SmsChannel implements NotificationChannel {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** The gateway splits longer texts into segments; beyond this it refuses them. */
    static final int MAX_BODY = 1600;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private URI messages;
    private String authorization;
    private String from;

    @Override
    public String scheme() {
        return "sms";
    }

    @Override
    public void configure(ChannelSettings settings) {
        String sid = settings.require("account-sid");
        String token = settings.require("auth-token");
        from = settings.require("from");
        if (!E164.matcher(from).matches()) {
            throw new IllegalArgumentException("setting 'from' must be a number in E.164 form, e.g. +18605550100");
        }
        String base = settings.get("base-url").orElse("https://api.twilio.com").replaceAll("/+$", "");
        messages = URI.create(base + "/2010-04-01/Accounts/" + URLEncoder.encode(sid, StandardCharsets.UTF_8) + "/Messages.json");
        authorization = "Basic " + Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void deliver(OutboundMessage message) throws DeliveryException {
        if (messages == null) {
            throw new DeliveryException("the SMS channel is not configured", null, true);
        }
        if (!E164.matcher(message.recipient()).matches()) {
            throw new DeliveryException("not a phone number in E.164 form: route it as sms:+18605550100", null, true);
        }
        String body = message.text().length() <= MAX_BODY ? message.text() : message.text().substring(0, MAX_BODY - 1) + "…";
        String form = "To=" + encode(message.recipient()) + "&From=" + encode(from) + "&Body=" + encode(body);
        HttpRequest request = HttpRequest.newBuilder(messages)
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException("SMS gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while texting", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        // 400 (a bad number), 401 and 403 (credentials) will fail the same way next time; 429 and 5xx may not
        boolean permanent = status == 400 || status == 401 || status == 403 || status == 404;
        throw new DeliveryException("SMS gateway answered HTTP " + status + errorCode(response.body()), null, permanent);
    }

    private static String errorCode(String body) {
        var m = Pattern.compile("\"code\"\\s*:\\s*(\\d+)").matcher(body == null ? "" : body);
        return m.find() ? " (error " + m.group(1) + ")" : "";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
