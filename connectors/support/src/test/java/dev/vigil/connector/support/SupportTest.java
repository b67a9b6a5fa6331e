package dev.vigil.connector.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.PmsException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The shared pieces of the bundled connectors: settings, Retry-After, tokens, the reference-data cache. */
class SupportTest {

    static ConnectorSettings settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void rateLimits_readAsRequestsPerPeriod() {
        RateLimit limit = RateLimit.parse("190/PT30S");
        assertThat(limit.permits()).isEqualTo(190);
        assertThat(limit.spacing()).isEqualTo(Duration.ofMillis(157).plusNanos(894_736));
        assertThatThrownBy(() -> RateLimit.parse("190 per 30s")).hasMessageContaining("rate-limit");
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfter_isSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-05-10T12:00:00Z");
        assertThat(RetryAfter.parse("7", now)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Sun, 10 May 2026 12:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun, 10 May 2026 11:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
    }

    @Test
    void httpSettings_haveDefaults_andNameWhatIsWrong() {
        HttpSettings s = HttpSettings.from(settings(Map.of()), "https://api.example.test/", new RateLimit(9, Duration.ofSeconds(1)));
        assertThat(s.baseUrl()).isEqualTo(URI.create("https://api.example.test"));
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.retries()).isEqualTo(3);
        assertThat(s.rateLimit().permits()).isEqualTo(9);
        assertThatThrownBy(() -> HttpSettings.from(settings(Map.of()), null, s.rateLimit())).hasMessageContaining("'base-url'");
        assertThatThrownBy(() -> HttpSettings.from(settings(Map.of("base-url", "ftp://x")), null, s.rateLimit()))
                .hasMessageContaining("'base-url'");
        assertThatThrownBy(() -> HttpSettings.from(settings(Map.of("retries", "99")), "https://x", s.rateLimit()))
                .hasMessageContaining("'retries'");
    }

    @Test
    void backOff_growsExponentially_withJitter_upToTenSeconds() {
        for (int attempt = 1; attempt < 20; attempt++) {
            Duration d = PmsHttp.backOff(attempt);
            long base = Math.min(10_000L, 200L << Math.min(16, attempt - 1));
            assertThat(d.toMillis()).isBetween((long) (base * 0.75) - 1, (long) (base * 1.25) + 1);
        }
    }

    @Test
    void tokens_areReusedUntilAMinuteBeforeExpiry_andAnInvalidatedOneIsReplaced() throws PmsException {
        WireMockServer idp = new WireMockServer(options().dynamicPort());
        idp.start();
        try {
            idp.stubFor(post(urlEqualTo("/token")).willReturn(okJson("{\"access_token\":\"t1\",\"expires_in\":3600}")));
            AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-10T12:00:00Z"));
            Clock clock = new Clock() {
                @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
                @Override public Clock withZone(java.time.ZoneId zone) { return this; }
                @Override public Instant instant() { return now.get(); }
            };
            PmsHttp http = new PmsHttp("IdP", HttpSettings.from(settings(Map.of("base-url", idp.baseUrl())), null,
                    new RateLimit(100, Duration.ofSeconds(1))), clock);
            ClientCredentialsTokens tokens = new ClientCredentialsTokens(http, URI.create(idp.baseUrl() + "/token"), "id",
                    "secret", Map.of(), Map.of(), "id and secret");
            assertThat(tokens.token()).isEqualTo("t1");
            now.set(now.get().plus(Duration.ofMinutes(58)));
            assertThat(tokens.token()).isEqualTo("t1");
            assertThat(tokens.fetches()).isEqualTo(1);
            now.set(now.get().plus(Duration.ofSeconds(90)));
            tokens.token();
            assertThat(tokens.fetches()).as("fetched again a minute before expiry").isEqualTo(2);
            tokens.invalidate("some-older-token");
            tokens.token();
            assertThat(tokens.fetches()).as("an older token's refusal keeps the current one").isEqualTo(2);
            tokens.invalidate("t1");
            tokens.token();
            assertThat(tokens.fetches()).isEqualTo(3);
            idp.verify(3, postRequestedFor(urlEqualTo("/token")));
        } finally {
            idp.stop();
        }
    }

    @Test
    void referenceData_expires() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofMinutes(5), clock);
        cache.put("412", "id-412");
        assertThat(cache.get("412")).contains("id-412");
        now.set(Instant.EPOCH.plus(Duration.ofMinutes(5)));
        assertThat(cache.get("412")).isEmpty();
    }
}
