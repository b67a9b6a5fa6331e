package dev.vigil.samples.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The receiver accepts what is signed as Vigil signs it (Standard Webhooks), once per webhook-id, hands
 * each event to the handler of its type, and refuses altered, unsigned, foreign and replayed requests.
 */
class WebhookReceiverTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String REQUIRED = "{\"event\":\"case.actions_required\",\"caseId\":\"8d3c1f0e\",\"severity\":\"URGENT\","
            + "\"actions\":[{\"kind\":\"CALL_911\"}]}";
    static final String OVERDUE = "{\"event\":\"case.action_overdue\",\"caseId\":\"8d3c1f0e\",\"action\":{\"kind\":\"NOTIFY_MANAGER\"}}";

    private final List<String> required = new CopyOnWriteArrayList<>();
    private final List<String> overdue = new CopyOnWriteArrayList<>();
    private final List<String> others = new CopyOnWriteArrayList<>();
    private WebhookReceiver receiver;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(0, SECRET)
                .on("case.actions_required", e -> required.add(e.getString("severity")))
                .on("case.action_overdue", e -> overdue.add(e.getJsonObject("action").getString("kind")))
                .otherwise(e -> others.add(e.getString("event")))
                .start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void signedEvents_goToTheHandlerOfTheirType_onceEvenWhenDeliveredTwice() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertThat(post("msg_1", now, REQUIRED, sign("msg_1", now, REQUIRED))).isEqualTo(204);
        assertThat(post("msg_1", now, REQUIRED, sign("msg_1", now, REQUIRED))).isEqualTo(204);
        assertThat(post("msg_2", now, OVERDUE, sign("msg_2", now, OVERDUE))).isEqualTo(204);
        String later = "{\"event\":\"case.closed\",\"caseId\":\"8d3c1f0e\"}";
        assertThat(post("msg_3", now, later, sign("msg_3", now, later))).isEqualTo(204);
        assertThat(required).containsExactly("URGENT");
        assertThat(overdue).containsExactly("NOTIFY_MANAGER");
        assertThat(others).containsExactly("case.closed");
    }

    @Test
    void alteredUnsignedForeignAndReplayedRequests_areRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertThat(post("msg_4", now, REQUIRED.replace("URGENT", "WATCH"), sign("msg_4", now, REQUIRED))).isEqualTo(401);
        assertThat(post("msg_5", now, REQUIRED, null)).isEqualTo(401);
        String foreign = new Webhook("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                .sign("msg_6", now, REQUIRED);
        assertThat(post("msg_6", now, REQUIRED, foreign)).isEqualTo(401);
        assertThat(post("msg_7", now - 3600, REQUIRED, sign("msg_7", now - 3600, REQUIRED))).isEqualTo(401);
        assertThat(required).isEmpty();
    }

    private int post(String id, long timestamp, String body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port() + "/vigil"))
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header("webhook-signature", signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What Vigil sends, made with the same library. */
    private static String sign(String id, long timestamp, String body) throws Exception {
        return new Webhook(SECRET).sign(id, timestamp, body);
    }
}
