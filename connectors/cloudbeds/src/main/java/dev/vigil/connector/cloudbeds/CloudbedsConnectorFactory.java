package dev.vigil.connector.cloudbeds;

import dev.vigil.connector.cloudbeds.client.CloudbedsClient;
import dev.vigil.connector.cloudbeds.mapping.CloudbedsMapping;
import dev.vigil.connector.support.BundledConnectorFactory;
import dev.vigil.connector.support.HttpSettings;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.connector.support.RateLimit;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.PmsConnector;
import java.time.Duration;

/**
 * Factory of the Cloudbeds connector ({@code cloudbeds}). Settings: {@code base-url} (default
 * {@code https://api.cloudbeds.com/api/v1.3}), {@code api-key}, {@code property-id}; the rate limit defaults
 * to 9 requests a second, under the 10 Cloudbeds allows technology partners (a property's own key is
 * allowed 5: set {@code rate-limit=4/PT1S}).
 */
public final class CloudbedsConnectorFactory extends BundledConnectorFactory {

    /** Under Cloudbeds's documented 10 requests per second for partners. */
    public static final RateLimit DEFAULT_RATE = new RateLimit(9, Duration.ofSeconds(1));

    public CloudbedsConnectorFactory() {
        super(CloudbedsMapping.SYSTEM);
    }

    @Override
    public PmsConnector create(ConnectorContext context) {
        ConnectorSettings s = context.settings();
        PmsHttp http = new PmsHttp("Cloudbeds", HttpSettings.from(s, "https://api.cloudbeds.com/api/v1.3", DEFAULT_RATE),
                context.clock());
        String property = s.require("property-id");
        return new CloudbedsConnector(http, new CloudbedsClient(http, s.require("api-key"), property),
                new CloudbedsMapping(context.tokenizer(), context.zone()), context.zone(), property);
    }
}
