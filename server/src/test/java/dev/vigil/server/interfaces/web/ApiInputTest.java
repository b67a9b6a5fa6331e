package dev.vigil.server.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Addresses and bodies the API will not read: malformed escapes, bytes that are not UTF-8, control characters. */
class ApiInputTest {

    @Test
    void wellFormedAddresses_decode() throws Exception {
        assertThat(ApiInput.decode("/api/v1/cases/abc%20def", false, "address")).isEqualTo("/api/v1/cases/abc def");
        assertThat(ApiInput.decode("room=2%C3%A9+1", true, "query")).isEqualTo("room=2é 1");
    }

    @Test
    void malformedEscapes_invalidUtf8_andControlCharacters_areRefusedWith400() {
        for (String bad : new String[] {"/api/v1/admin/retention/run%ZZ", "/api/v1/cases/%C3%28", "/api/v1/x%2", "/api/v1/x%00",
                "/api/v1/x%0d%0aSet-Cookie:a"}) {
            assertThatThrownBy(() -> ApiInput.decode(bad, false, "address")).as(bad)
                    .isInstanceOfSatisfying(ApiInput.Refusal.class, r -> assertThat(r.status).isEqualTo(400));
        }
    }

    @Test
    void onlyValidUtf8_isABody() {
        assertThat(ApiInput.validUtf8("{\"note\":\"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(ApiInput.validUtf8(new byte[] {'{', '"', (byte) 0xFF, '"', '}'})).isFalse();
        assertThat(ApiInput.validUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("a lone surrogate").isFalse();
    }
}
