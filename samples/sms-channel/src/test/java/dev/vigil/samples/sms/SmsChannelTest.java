package dev.vigil.samples.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.vigil.plugin.notify.DeliveryException;
import dev.vigil.plugin.notify.NotificationChannel;
import dev.vigil.plugin.notify.OutboundMessage;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample SMS channel against a fake gateway that answers as Twilio's Messages API documents:
 * 201 with the queued message, 400 with error 21211 for an invalid 'To', 401 for bad credentials.
 */
class SmsChannelTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "test-auth-token";

    private HttpServer gateway;
    private final List<Map<String, String>> texts = new CopyOnWriteArrayList<>();
    private volatile int outage;

    @BeforeEach
    void startGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/2010-04-01/Accounts/", exchange -> {
            String expectedAuth = "Basic " + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status;
            String body;
            if (!exchange.getRequestURI().getPath().equals("/2010-04-01/Accounts/" + SID + "/Messages.json")
                    || !"POST".equals(exchange.getRequestMethod())) {
                status = 404;
                body = "{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}";
            } else if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
                body = "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}";
            } else if (outage > 0) {
                outage--;
                status = 503;
                body = "";
            } else if (!form.getOrDefault("To", "").matches("\\+[1-9][0-9]{6,14}") || form.get("To").equals("+15005550001")) {
                status = 400;
                body = "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}";
            } else {
                texts.add(form);
                status = 201;
                body = "{\"sid\":\"SM0123\",\"status\":\"queued\",\"to\":\"" + form.get("To") + "\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private SmsChannel channel(String token) {
        SmsChannel sms = new SmsChannel();
        Map<String, String> settings = Map.of("account-sid", SID, "auth-token", token, "from", "+18605550199",
                "base-url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/");
        sms.configure(name -> Optional.ofNullable(settings.get(name)));
        return sms;
    }

    private static OutboundMessage message(String to, String text) {
        return new OutboundMessage("n-1", to, "case.actions_required", "Vigil: URGENT case", text, "{}", Instant.now());
    }

    @Test
    void textsTheRecipient_fromTheConfiguredNumber() throws Exception {
        channel(TOKEN).deliver(message("+18605550100", "A case at Harbor Inn is now URGENT. Open case c-1 in Vigil."));
        assertThat(texts).singleElement().satisfies(f -> {
            assertThat(f.get("To")).isEqualTo("+18605550100");
            assertThat(f.get("From")).isEqualTo("+18605550199");
            assertThat(f.get("Body")).isEqualTo("A case at Harbor Inn is now URGENT. Open case c-1 in Vigil.");
        });
    }

    @Test
    void longTexts_areCutToWhatTheGatewayAccepts() throws Exception {
        channel(TOKEN).deliver(message("+18605550100", "x".repeat(2000)));
        assertThat(texts.get(0).get("Body")).hasSize(SmsChannel.MAX_BODY);
    }

    @Test
    void anInvalidNumber_orBadCredentials_failForGood_anOutageIsRetried() {
        assertThatThrownBy(() -> channel(TOKEN).deliver(message("+15005550001", "t")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.getMessage()).contains("400", "21211");
                });
        assertThatThrownBy(() -> channel(TOKEN).deliver(message("860-555-0100", "t")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
        assertThatThrownBy(() -> channel("wrong").deliver(message("+18605550100", "t")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.getMessage()).contains("401");
                });
        outage = 1;
        assertThatThrownBy(() -> channel(TOKEN).deliver(message("+18605550100", "t")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
        assertThat(texts).isEmpty();
    }

    @Test
    void missingSettings_areNamed() {
        SmsChannel sms = new SmsChannel();
        assertThatThrownBy(() -> sms.configure(name -> Optional.empty())).hasMessageContaining("account-sid");
        Map<String, String> badFrom = Map.of("account-sid", SID, "auth-token", TOKEN, "from", "Hotel");
        assertThatThrownBy(() -> sms.configure(name -> Optional.ofNullable(badFrom.get(name)))).hasMessageContaining("from");
    }

    @Test
    void isFoundByTheServiceLoader_underItsScheme() {
        assertThat(ServiceLoader.load(NotificationChannel.class).stream().map(p -> p.get().scheme()))
                .containsExactly("sms");
    }

    private static Map<String, String> form(String body) {
        if (body.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }
}
