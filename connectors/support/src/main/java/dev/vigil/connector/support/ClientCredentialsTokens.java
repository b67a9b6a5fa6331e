package dev.vigil.connector.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.plugin.connector.PmsException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OAuth 2.0 client-credentials tokens (Apaleo's identity server, OHIP's {@code /oauth/v1/tokens}),
 * fetched once and reused until a minute before they expire (they live an hour), never one per call.
 * The client id and secret go in HTTP Basic authentication, as both PMSs accept.
 */
public final class ClientCredentialsTokens implements TokenSource {

    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final PmsHttp http;
    private final URI tokenUri;
    private final String basic;
    private final Map<String, String> headers;
    private final Map<String, String> form;
    private final String settingNames;
    private final AtomicInteger fetches = new AtomicInteger();
    private String token;
    private Instant expiresAt = Instant.MIN;

    /**
     * Tokens from one identity endpoint.
     *
     * @param http the connection's HTTP client (its retries and rate limit apply)
     * @param tokenUri the token endpoint
     * @param clientId the client id
     * @param clientSecret the client secret
     * @param headers extra headers of the token request (OHIP's {@code x-app-key})
     * @param form extra form fields besides {@code grant_type=client_credentials}
     * @param settingNames the settings to check when the credentials are refused, for the message
     */
    public ClientCredentialsTokens(PmsHttp http, URI tokenUri, String clientId, String clientSecret,
                                   Map<String, String> headers, Map<String, String> form, String settingNames) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        this.headers = Map.copyOf(headers);
        this.form = new LinkedHashMap<>(form);
        this.settingNames = settingNames;
    }

    @Override
    public synchronized String token() throws PmsException {
        Instant now = http.clock().instant();
        if (token != null && now.isBefore(expiresAt)) {
            return token;
        }
        fetches.incrementAndGet();
        StringBuilder body = new StringBuilder("grant_type=client_credentials");
        form.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUri).timeout(http.settings().requestTimeout())
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(request::header);
        HttpResponse<String> response = http.exchange(request.build());
        int status = response.statusCode();
        if (status == 400 || status == 401 || status == 403) {
            String what = "the identity server refused the client credentials (HTTP " + status + "): check " + settingNames;
            http.health().down(what);
            throw new PmsException(PmsException.Kind.AUTH, what);
        }
        if (status != 200) {
            String what = "the identity server answered HTTP " + status;
            http.health().down(what);
            throw new PmsException(status == 429 ? PmsException.Kind.RATE_LIMITED : PmsException.Kind.UNAVAILABLE, what);
        }
        JsonNode json = Json.read(response.body(), http, "token answer");
        String fresh = json.path("access_token").asText(null);
        if (fresh == null || fresh.isBlank()) {
            throw http.badResponse("the token answer has no access_token", null);
        }
        long lifetime = json.path("expires_in").asLong(3600);
        token = fresh;
        expiresAt = now.plusSeconds(lifetime).minus(MARGIN);
        if (!expiresAt.isAfter(now)) {
            expiresAt = now.plusSeconds(Math.max(1, lifetime / 2));
        }
        return token;
    }

    @Override
    public synchronized void invalidate(String refused) {
        if (refused != null && refused.equals(token)) {
            token = null;
            expiresAt = Instant.MIN;
        }
    }

    /**
     * How many tokens were fetched: for tests that prove reuse.
     *
     * @return the count
     */
    public int fetches() {
        return fetches.get();
    }
}
