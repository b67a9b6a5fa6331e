package dev.vigil.connector.opera;

import dev.vigil.connector.opera.client.OperaClient;
import dev.vigil.connector.opera.mapping.OperaMapping;
import dev.vigil.connector.support.ClientCredentialsTokens;
import dev.vigil.connector.support.BundledConnectorFactory;
import dev.vigil.connector.support.HttpSettings;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.connector.support.RateLimit;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.stay.PaymentMethodClass;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Factory of the OPERA Cloud connector ({@code opera}), through OHIP. Settings: {@code base-url} (the
 * customer's OHIP gateway, required), {@code client-id}, {@code client-secret}, {@code app-key},
 * {@code hotel-id}, {@code enterprise-id} (sent with the token request where OCIM needs it),
 * {@code scope} (default {@code urn:opc:hgbu:ws:__myscopes__}), {@code external-system} (the business
 * events consumer code; without it nothing is polled), {@code poll-interval} (default {@code PT30S}) and
 * {@code payment-methods} ({@code CODE=CLASS,...}). The rate limit defaults to 45 requests a second, under
 * OHIP's 50.
 */
public final class OperaConnectorFactory extends BundledConnectorFactory {

    /** Under OHIP's 50 requests per second. */
    public static final RateLimit DEFAULT_RATE = new RateLimit(45, Duration.ofSeconds(1));

    public OperaConnectorFactory() {
        super(OperaMapping.SYSTEM);
    }

    @Override
    public PmsConnector create(ConnectorContext context) {
        ConnectorSettings s = context.settings();
        PmsHttp http = new PmsHttp("OHIP", HttpSettings.from(s, null, DEFAULT_RATE), context.clock());
        String appKey = s.require("app-key");
        Map<String, String> headers = new HashMap<>(Map.of("x-app-key", appKey));
        s.get("enterprise-id").ifPresent(e -> headers.put("enterpriseId", e));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(http, http.uri("/oauth/v1/tokens"),
                s.require("client-id"), s.require("client-secret"), headers,
                Map.of("scope", s.get("scope").orElse("urn:opc:hgbu:ws:__myscopes__")),
                "vigil.connector.opera.client-id, client-secret, app-key and enterprise-id");
        return new OperaConnector(http, new OperaClient(http, tokens, appKey, s.require("hotel-id")),
                new OperaMapping(context.tokenizer(), methods(s)), context.zone(), s.get("external-system").orElse(null),
                s.duration("poll-interval", Duration.ofSeconds(30)));
    }

    static Map<String, PaymentMethodClass> methods(ConnectorSettings s) {
        Map<String, PaymentMethodClass> methods = new HashMap<>();
        for (String pair : s.get("payment-methods").orElse("").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=");
            try {
                methods.put(kv[0].trim().toUpperCase(Locale.ROOT), PaymentMethodClass.valueOf(kv[1].trim().toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("setting 'payment-methods' must read CODE=CLASS,... with a class of "
                        + java.util.Arrays.toString(PaymentMethodClass.values()), e);
            }
        }
        return methods;
    }
}
