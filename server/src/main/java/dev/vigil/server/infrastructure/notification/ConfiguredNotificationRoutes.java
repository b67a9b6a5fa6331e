package dev.vigil.server.infrastructure.notification;

import dev.vigil.server.application.notification.NotificationSettings;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.domain.model.notification.RetrySchedule;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where each property's notifications go, from configuration: for each internal channel of its
 * protocol, {@code vigil.property.<id>.notify.<channel>} (else {@code vigil.notify.<channel>} for
 * every property), a comma-separated list of routes such as
 * {@code email:security@hotel.example, webhook:ops}; {@code ...notify.all-events} for routes that
 * get everything. In demo mode a channel without routes is written to the server log.
 */
@ApplicationScoped
public class ConfiguredNotificationRoutes implements NotificationSettings {

    static final String ALL_EVENTS = "all-events";

    @Inject Config config;
    @Inject VigilSettings settings;
    @Inject ProtocolSource protocols;
    @Inject ConfiguredChannels channels;

    private volatile Map<String, List<Route>> routes = Map.of();
    private volatile RetrySchedule schedule = RetrySchedule.DEFAULT;

    /** Reads and checks every route of every property; throws, naming the setting, on the first bad one. */
    public synchronized Map<PropertyId, Integer> load(List<Property> properties) {
        Map<String, List<Route>> found = new HashMap<>();
        Map<PropertyId, Integer> counts = new java.util.LinkedHashMap<>();
        for (Property p : properties) {
            List<String> names = new ArrayList<>(protocols.forProperty(p.id()).channels().stream()
                    .filter(ch -> "internal".equals(ch.kind())).map(Channel::id).toList());
            names.add(ALL_EVENTS);
            int count = 0;
            for (String channel : names) {
                List<Route> list = read(p.id(), channel);
                if (list.isEmpty() && settings.demo() && !channel.equals(ALL_EVENTS)) {
                    list = List.of(new Route("log", channel));
                }
                found.put(key(p.id(), channel), list);
                count += list.size();
            }
            counts.put(p.id(), count);
        }
        routes = Map.copyOf(found);
        schedule = readSchedule();
        return counts;
    }

    /** {@code vigil.notify.retry-delays}: the waits between attempts as ISO-8601 durations, comma-separated. */
    private RetrySchedule readSchedule() {
        Optional<String> text = text("vigil.notify.retry-delays");
        if (text.isEmpty()) {
            return RetrySchedule.DEFAULT;
        }
        try {
            List<java.time.Duration> delays = Arrays.stream(text.get().split(",")).map(String::trim).filter(d -> !d.isEmpty())
                    .map(java.time.Duration::parse).toList();
            if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
                throw new IllegalArgumentException("each delay must be positive");
            }
            return new RetrySchedule(delays);
        } catch (RuntimeException e) {
            throw new IllegalStateException("vigil.notify.retry-delays: one or more ISO-8601 durations, comma-separated "
                    + "(e.g. PT30S,PT2M,PT10M): " + e.getMessage(), e);
        }
    }

    private List<Route> read(PropertyId property, String channel) {
        String own = "vigil.property." + property.value() + ".notify." + channel;
        String shared = "vigil.notify." + channel;
        Optional<String> value = text(own);
        String name = value.isPresent() ? own : shared;
        String list = value.or(() -> text(shared)).orElse("");
        List<Route> parsed = new ArrayList<>();
        for (String item : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            try {
                parsed.add(check(Route.parse(item)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(parsed);
    }

    private Route check(Route route) {
        if (channels.forScheme(route.scheme()).isEmpty()) {
            throw new IllegalArgumentException("no channel '" + route.scheme() + "'; known: " + channels.schemes());
        }
        if (route.scheme().equals("webhook") && !channels.webhookNames().contains(route.recipient())) {
            throw new IllegalArgumentException("no webhook named '" + route.recipient() + "' (set vigil.webhook."
                    + route.recipient() + ".url and .secret)");
        }
        if (route.scheme().equals("email")) {
            try {
                new InternetAddress(route.recipient(), true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("'" + route.recipient() + "' is not an e-mail address", e);
            }
            if (!channels.mailConfigured()) {
                throw new IllegalArgumentException("e-mail routes need an SMTP server: set vigil.mail.host and vigil.mail.from");
            }
        }
        return route;
    }

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String key(PropertyId property, String channel) {
        return property.value() + "\u0000" + channel;
    }

    @Override
    public List<Route> routes(PropertyId property, String channelId) {
        return routes.getOrDefault(key(property, channelId), List.of());
    }

    @Override
    public List<Route> everyEvent(PropertyId property) {
        return routes(property, ALL_EVENTS);
    }

    @Override
    public Optional<String> caseLink(String caseId) {
        return text("vigil.public-url").map(base -> base.replaceAll("/+$", "") + "/api/v1/cases/" + caseId);
    }

    @Override
    public RetrySchedule retrySchedule() {
        return schedule;
    }
}
