package dev.vigil.server.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientOriginTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void onlyATrustedProxy_mayNameTheClientAndTheScheme() {
        assertThat(ClientOrigin.of("10.0.0.5", false, "203.0.113.7", "https", PROXY)).isEqualTo(new ClientOrigin("203.0.113.7", true));
        assertThat(ClientOrigin.of("198.51.100.9", false, "203.0.113.7", "https", PROXY))
                .as("anyone else's forwarded headers count for nothing").isEqualTo(new ClientOrigin("198.51.100.9", false));
    }

    @Test
    void theRightMostUntrustedHop_isTheClient_andGarbageStopsTheWalk() {
        assertThat(ClientOrigin.of("10.0.0.5", true, "1.2.3.4, 203.0.113.7, 10.0.0.5", null, PROXY).address()).isEqualTo("203.0.113.7");
        assertThat(ClientOrigin.of("10.0.0.5", false, "1.2.3.4, <script>", null, PROXY).address()).isEqualTo("10.0.0.5");
        assertThat(ClientOrigin.proxies(" 10.0.0.5 , ::1 ")).containsExactlyInAnyOrder("10.0.0.5", "::1");
    }
}
