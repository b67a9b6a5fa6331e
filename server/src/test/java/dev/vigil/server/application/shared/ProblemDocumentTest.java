package dev.vigil.server.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The one problem+json of the writers before JAX-RS: valid JSON whatever the detail holds, and the locked-down headers. */
class ProblemDocumentTest {

    @Test
    void aDetailWithQuotesBackslashesControlsAndMarkup_staysOneJsonDocument_withNothingReadAsMarkup() throws Exception {
        String detail = "it said \"no\" \\ then\nSet-Cookie: x <script>alert(1)</script> & more";
        String json = ProblemDocument.json(401, "Unauthorized", detail);
        JsonNode problem = new ObjectMapper().readTree(json);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asText()).isEqualTo("Unauthorized");
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("\n");
    }

    @Test
    void theHeadersOfARefusal_keepNothing_sniffNothing_loadNothing() {
        assertThat(ProblemDocument.HEADERS).containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Content-Type-Options", "nosniff").containsEntry("Referrer-Policy", "no-referrer");
        assertThat(ProblemDocument.HEADERS.get("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
    }
}
