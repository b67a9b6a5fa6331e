package dev.vigil.samples.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiver accepts what Vigil signs, once, and refuses altered, unsigned and replayed requests. */
class WebhookReceiverTest {

    // the example in docs/protocols.md
    static final String SECRET = "0123456789abcdef0123456789abcdef-vigil-docs";
    static final String BODY = "{\"event\":\"case.action_overdue\",\"caseId\":\"8d3c1f0e-3b8e-4a57-9d55-0c2f4a1b7e21\"}";
    static final String HEADER = "t=1795363200,v1=c2abb36e019fc049b48f3d9ecc1eda94d03200c5e3a06c1780ce77e6f41620f5";

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private WebhookReceiver receiver;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(0, SECRET, handled::add).start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void theDocumentedExample_verifiesAtItsTime_andNotAnHourLater() {
        VigilSignature signature = new VigilSignature(SECRET);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(signature.check(HEADER, body, Instant.ofEpochSecond(1_795_363_200L))).isEqualTo(VigilSignature.Verdict.OK);
        assertThat(signature.check(HEADER, body, Instant.ofEpochSecond(1_795_366_800L))).isEqualTo(VigilSignature.Verdict.TOO_OLD);
    }

    @Test
    void aSignedDelivery_isHandledOnce_evenWhenDeliveredTwice() throws Exception {
        String header = sign(Instant.now().getEpochSecond(), BODY);
        assertThat(post(header, "d-1", BODY)).isEqualTo(204);
        assertThat(post(header, "d-1", BODY)).isEqualTo(204);
        assertThat(handled).containsExactly(BODY);
    }

    @Test
    void alteredUnsignedAndReplayedRequests_areRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertThat(post(sign(now, BODY), "d-2", BODY.replace("overdue", "closed"))).isEqualTo(401);
        assertThat(post(null, "d-3", BODY)).isEqualTo(401);
        assertThat(post(sign(now - 3600, BODY), "d-4", BODY)).isEqualTo(401);
        assertThat(post("t=" + now + ",v1=00", "d-5", BODY)).isEqualTo(401);
        assertThat(handled).isEmpty();
    }

    private int post(String signature, String delivery, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port() + "/vigil"))
                .header("Vigil-Delivery", delivery).POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header("Vigil-Signature", signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String sign(long t, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
