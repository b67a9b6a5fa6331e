package dev.vigil.connector.apaleo;

import dev.vigil.connector.apaleo.client.ApaleoClient;
import dev.vigil.connector.apaleo.mapping.ApaleoMapping;
import dev.vigil.connector.support.ClientCredentialsTokens;
import dev.vigil.connector.support.BundledConnectorFactory;
import dev.vigil.connector.support.HttpSettings;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.connector.support.RateLimit;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.PmsConnector;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Factory of the Apaleo connector ({@code apaleo}). Settings: {@code base-url} (default
 * {@code https://api.apaleo.com}), {@code identity-url} (default {@code https://identity.apaleo.com}),
 * {@code client-id} and {@code client-secret} of a simple client (OAuth client credentials; tokens are
 * reused for their hour), {@code property-id}; the rate limit defaults to 90 requests a second, under
 * Apaleo's 100 on average.
 */
public final class ApaleoConnectorFactory extends BundledConnectorFactory {

    /** Under Apaleo's documented 100 requests per second on average. */
    public static final RateLimit DEFAULT_RATE = new RateLimit(90, Duration.ofSeconds(1));

    public ApaleoConnectorFactory() {
        super(ApaleoMapping.SYSTEM);
    }

    @Override
    public PmsConnector create(ConnectorContext context) {
        ConnectorSettings s = context.settings();
        PmsHttp http = new PmsHttp("Apaleo", HttpSettings.from(s, "https://api.apaleo.com", DEFAULT_RATE), context.clock());
        String identity = s.get("identity-url").orElse("https://identity.apaleo.com").replaceAll("/+$", "");
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(http, URI.create(identity + "/connect/token"),
                s.require("client-id"), s.require("client-secret"), Map.of(), Map.of(),
                "vigil.connector.apaleo.client-id and client-secret");
        return new ApaleoConnector(http, new ApaleoClient(http, tokens),
                new ApaleoMapping(context.tokenizer(), context.zone()), s.require("property-id"));
    }
}
