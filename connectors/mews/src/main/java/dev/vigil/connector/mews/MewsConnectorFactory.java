package dev.vigil.connector.mews;

import dev.vigil.connector.mews.client.MewsClient;
import dev.vigil.connector.mews.mapping.MewsMapping;
import dev.vigil.connector.support.BundledConnectorFactory;
import dev.vigil.connector.support.HttpSettings;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.connector.support.RateLimit;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.PmsConnector;
import java.time.Duration;

/**
 * Factory of the Mews connector ({@code mews}). Settings: {@code base-url} (default
 * {@code https://api.mews.com}), {@code client-token}, {@code access-token}, {@code client} (the name and
 * version sent with each call), {@code enterprise-id} (webhooks of other enterprises are ignored), and
 * the HTTP settings of {@link HttpSettings}; the rate limit defaults to 190 requests per 30 s, under
 * Mews's 200 per access token.
 */
public final class MewsConnectorFactory extends BundledConnectorFactory {

    /** Under Mews's documented 200 requests per access token per 30 seconds. */
    public static final RateLimit DEFAULT_RATE = new RateLimit(190, Duration.ofSeconds(30));

    public MewsConnectorFactory() {
        super(MewsMapping.SYSTEM);
    }

    @Override
    public PmsConnector create(ConnectorContext context) {
        ConnectorSettings s = context.settings();
        PmsHttp http = new PmsHttp("Mews", HttpSettings.from(s, "https://api.mews.com", DEFAULT_RATE), context.clock());
        MewsClient client = new MewsClient(http, s.require("client-token"), s.require("access-token"),
                s.get("client").orElse("Vigil 0.1"));
        return new MewsConnector(http, client, new MewsMapping(context.tokenizer(), context.zone()), context.zone(),
                s.get("enterprise-id").orElse(null));
    }
}
