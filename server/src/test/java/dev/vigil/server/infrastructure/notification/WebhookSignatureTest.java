package dev.vigil.server.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signatures to the Standard Webhooks specification, checked with its reference library as a chain's
 * receiver would: the documented example, rotation with two secrets, and what a receiver must refuse.
 */
class WebhookSignatureTest {

    // the documented example: the same values appear in docs/webhooks.md and in samples/webhook-receiver
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long AT = 1_614_265_330L;
    static final String BODY = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signs_asTheSpecificationsOwnExample() {
        assertThat(WebhookSignature.header(List.of(WebhookSecret.parse(SECRET)), ID, AT, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void aReceiverWithTheReferenceLibrary_verifiesASignedMessage() throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(List.of(WebhookSecret.parse(SECRET)), ID, now, BODY);
        new Webhook(SECRET).verify(BODY, headers(ID, now, signature));
    }

    @Test
    void whileRotating_bothSecretsSign_andAReceiverWithEitherVerifies() throws Exception {
        String next = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(List.of(WebhookSecret.parse(next), WebhookSecret.parse(SECRET)), ID, now, BODY);
        assertThat(signature.split(" ")).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("v1,"));
        new Webhook(SECRET).verify(BODY, headers(ID, now, signature));
        new Webhook(next).verify(BODY, headers(ID, now, signature));
    }

    @Test
    void aReceiverRefuses_aChangedBody_aWrongSecret_anotherId_andAnOldTimestamp() {
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(List.of(WebhookSecret.parse(SECRET)), ID, now, BODY);
        assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY + " ", headers(ID, now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                .verify(BODY, headers(ID, now, signature))).isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY, headers("msg_other", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        String old = WebhookSignature.header(List.of(WebhookSecret.parse(SECRET)), ID, now - 3600, BODY);
        assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY, headers(ID, now - 3600, old)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void secretsMustBeWhsecWithEnoughRandomBytes_andNeverShowThemselves() {
        assertThatThrownBy(() -> WebhookSecret.parse("a-plain-password-of-forty-characters-long")).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_c2hvcnQ=")).hasMessageContaining("24 random bytes");
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_***")).hasMessageContaining("base64");
        assertThat(WebhookSecret.parse(SECRET).toString()).doesNotContain("MfKQ");
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
