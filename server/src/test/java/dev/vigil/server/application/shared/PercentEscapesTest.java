package dev.vigil.server.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.shared.PercentEscapes.Fault;
import org.junit.jupiter.api.Test;

/** The one rule for addresses, as the API's gate (escaped ASCII only) and the listener's guard (raw bytes) apply it. */
class PercentEscapesTest {

    private static Fault fault(String raw, boolean rawBytes) {
        try {
            PercentEscapes.decode(raw, false, rawBytes);
            return null;
        } catch (PercentEscapes.Undecodable e) {
            return e.fault();
        }
    }

    @Test
    void wellFormedEscapes_decodeAsUtf8_andPlusIsASpaceInAQueryOnly() throws Exception {
        assertThat(PercentEscapes.decode("/cases/abc%20d%C3%A9f", false, false)).isEqualTo("/cases/abc déf");
        assertThat(PercentEscapes.decode("room=2+1", true, false)).isEqualTo("room=2 1");
        assertThat(PercentEscapes.decode("room=2+1", false, false)).isEqualTo("room=2+1");
    }

    @Test
    void eachFault_isNamed() {
        assertThat(fault("/admin/retention/run%ZZ", false)).isEqualTo(Fault.MALFORMED_ESCAPE);
        assertThat(fault("/x%2", true)).isEqualTo(Fault.MALFORMED_ESCAPE);
        assertThat(fault("/cases/%C3%28", true)).isEqualTo(Fault.NOT_UTF8);
        assertThat(fault("/x%00", true)).isEqualTo(Fault.CONTROL_CHARACTER);
        assertThat(fault("/x%0d%0aSet-Cookie:a", false)).isEqualTo(Fault.CONTROL_CHARACTER);
        assertThat(fault("/caf\u00e9", false)).isEqualTo(Fault.UNESCAPED_CHARACTER);
    }

    @Test
    void theListenersRawBytes_areJudgedAsTheBytesTheyAre() {
        // the request line arrives as bytes, one char each: C3 A9 is é, a lone FF is not UTF-8
        assertThat(fault("/caf\u00c3\u00a9%20x", true)).isNull();
        assertThat(fault("/x\u00ff%20", true)).isEqualTo(Fault.NOT_UTF8);
        assertThat(fault("/x\u0001%20", true)).isEqualTo(Fault.CONTROL_CHARACTER);
    }
}
