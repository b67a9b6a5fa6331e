package dev.vigil.server.infrastructure.notification;

import dev.vigil.plugin.notify.NotificationChannel;
import dev.vigil.server.application.notification.ChannelRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import dev.vigil.server.application.notification.Dispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * The channels this server delivers through: e-mail ({@code vigil.mail.*}), webhooks
 * ({@code vigil.webhook.<name>.*}), the server log, and every {@link NotificationChannel} plugin on
 * the class path, configured from {@code vigil.channel.<scheme>.*}. Loaded once at startup, so a
 * bad setting stops the server instead of the first urgent notification.
 */
@ApplicationScoped
public class ConfiguredChannels implements ChannelRegistry {

    private static final Logger LOG = Logger.getLogger(ConfiguredChannels.class.getName());
    private static final Pattern WEBHOOK_URL = Pattern.compile("vigil\\.webhook\\.([a-z0-9][a-z0-9-]*)\\.url");

    @Inject Config config;
    @Inject Clock clock;
    @Inject dev.vigil.server.infrastructure.plugins.PluginClassPath plugins;

    private volatile Map<String, NotificationChannel> channels = Map.of();
    private volatile Map<String, WebhookEndpoint> webhooks = Map.of();

    /** Builds every channel; throws, naming the setting, when one cannot work. */
    public synchronized void load() {
        Map<String, NotificationChannel> found = new LinkedHashMap<>();
        found.put("email", new EmailChannel(smtp().orElse(null)));
        Map<String, WebhookEndpoint> endpoints = webhookEndpoints();
        found.put("webhook", new WebhookChannel(endpoints, clock));
        found.put("log", new LogChannel());
        // the plugins folder's as well as the class path's; a registry built by hand (tools, tests) has the class path only
        Iterable<NotificationChannel> pluginChannels = plugins != null ? plugins.services(NotificationChannel.class)
                : java.util.ServiceLoader.load(NotificationChannel.class, getClass().getClassLoader());
        for (NotificationChannel plugin : pluginChannels) {
            String scheme = plugin.scheme();
            if (found.containsKey(scheme)) {
                throw new IllegalStateException("notification plugin " + plugin.getClass().getName() + " claims the scheme '"
                        + scheme + "', which is taken");
            }
            try {
                plugin.configure(name -> config.getOptionalValue("vigil.channel." + scheme + "." + name, String.class)
                        .filter(v -> !v.isBlank()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("notification channel '" + scheme + "': " + e.getMessage()
                        + " (vigil.channel." + scheme + ".*)", e);
            }
            found.put(scheme, plugin);
            LOG.info(() -> "notification channel plugin '" + scheme + "' from " + plugin.getClass().getName());
        }
        channels = Map.copyOf(found);
        webhooks = Map.copyOf(endpoints);
    }

    @Override
    public Optional<NotificationChannel> forScheme(String scheme) {
        return Optional.ofNullable(channels.get(scheme));
    }

    @Override
    public Set<String> schemes() {
        return new TreeSet<>(channels.keySet());
    }

    /** The names of the configured webhooks, for checking routes. */
    public Set<String> webhookNames() {
        return webhooks.keySet();
    }

    /** One configured webhook receiver. */
    public Optional<WebhookEndpoint> webhook(String name) {
        return Optional.ofNullable(webhooks.get(name));
    }

    /** True when an SMTP server is configured. */
    public boolean mailConfigured() {
        return smtp().isPresent();
    }

    private Optional<EmailChannel.SmtpSettings> smtp() {
        Optional<String> host = setting("vigil.mail.host");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String from = setting("vigil.mail.from").orElseThrow(() ->
                new IllegalStateException("vigil.mail.from is required when vigil.mail.host is set"));
        boolean ssl = config.getOptionalValue("vigil.mail.ssl", Boolean.class).orElse(false);
        boolean startTls = config.getOptionalValue("vigil.mail.starttls", Boolean.class).orElse(!ssl);
        int port = config.getOptionalValue("vigil.mail.port", Integer.class).orElse(ssl ? 465 : startTls ? 587 : 25);
        return Optional.of(new EmailChannel.SmtpSettings(host.get(), port, from, setting("vigil.mail.username").orElse(null),
                setting("vigil.mail.password").orElse(null), startTls, ssl));
    }

    private Map<String, WebhookEndpoint> webhookEndpoints() {
        Set<String> names = new TreeSet<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false).forEach(name -> {
            Matcher m = WEBHOOK_URL.matcher(name);
            if (m.matches()) {
                names.add(m.group(1));
            }
        });
        // environment variables cannot spell the dotted names: VIGIL_WEBHOOKS=ops,chain-hq lists them
        setting("vigil.webhooks").ifPresent(list -> java.util.Arrays.stream(list.split(",")).map(String::trim)
                .filter(n -> !n.isEmpty()).forEach(names::add));
        Map<String, WebhookEndpoint> endpoints = new TreeMap<>();
        for (String name : names) {
            String prefix = "vigil.webhook." + name + ".";
            String url = setting(prefix + "url").orElseThrow(() -> new IllegalStateException(prefix + "url is required"));
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(prefix + "url is not an address: " + e.getMessage(), e);
            }
            WebhookEndpoint endpoint;
            try {
                endpoint = new WebhookEndpoint(name, uri, secrets(prefix + "secret"),
                        setting(prefix + "timeout").map(Duration::parse).orElse(null),
                        config.getOptionalValue(prefix + "allow-private", Boolean.class).orElse(false));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            checkTimeout(prefix, endpoint.timeout());
            checkAddress(prefix, endpoint);
            endpoints.put(name, endpoint);
        }
        return endpoints;
    }

    /** One secret, or two separated by a space or a comma while a secret is being rotated. */
    private List<WebhookSecret> secrets(String key) {
        List<WebhookSecret> secrets = new java.util.ArrayList<>();
        for (String part : setting(key).orElse("").split("[\\s,]+")) {
            if (!part.isBlank()) {
                try {
                    secrets.add(WebhookSecret.parse(part.trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(key + " " + e.getMessage());
                }
            }
        }
        return secrets;
    }

    /** A delivery must end before its claim's lease does, or another server would send it again meanwhile. */
    static void checkTimeout(String prefix, Duration timeout) {
        if (timeout.compareTo(Dispatcher.MAX_CHANNEL_TIMEOUT) > 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException(prefix + "timeout=" + timeout + " must be positive and at most "
                    + Dispatcher.MAX_CHANNEL_TIMEOUT + ", below the dispatcher's claim lease of " + Dispatcher.LEASE);
        }
    }

    private static void checkAddress(String prefix, WebhookEndpoint endpoint) {
        if (endpoint.allowPrivate()) {
            return;
        }
        try {
            PrivateAddresses.firstPrivate(endpoint.url().getHost()).ifPresent(address -> {
                throw new IllegalStateException(prefix + "url resolves to " + address.getHostAddress() + ", a loopback, "
                        + "link-local, private or metadata address; set " + prefix + "allow-private=true if that is intended");
            });
        } catch (java.net.UnknownHostException e) {
            // a name that does not resolve yet may resolve later; each delivery checks again
            LOG.warning(() -> prefix + "url: its host does not resolve now; deliveries will be tried and checked later");
        }
    }

    private Optional<String> setting(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
