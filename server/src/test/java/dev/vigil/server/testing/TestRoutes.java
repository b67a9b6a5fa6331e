package dev.vigil.server.testing;

import dev.vigil.server.application.notification.NotificationSettings;
import dev.vigil.server.domain.model.notification.RetrySchedule;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.util.List;
import java.util.Optional;

/** Security on duty and the duty manager each have an address; a chain webhook gets everything. */
public final class TestRoutes implements NotificationSettings {

    public static final String SECURITY = "email:security@demo-hotel.example";
    public static final String MANAGER = "email:manager@demo-hotel.example";
    public static final String CHAIN = "webhook:chain-ops";

    private final RetrySchedule schedule;

    public TestRoutes() {
        this(RetrySchedule.DEFAULT);
    }

    public TestRoutes(RetrySchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public List<Route> routes(PropertyId property, String channelId) {
        return switch (channelId) {
            case "on_duty_security" -> List.of(Route.parse(SECURITY));
            case "duty_manager" -> List.of(Route.parse(MANAGER));
            default -> List.of();
        };
    }

    @Override
    public List<Route> everyEvent(PropertyId property) {
        return List.of(Route.parse(CHAIN));
    }

    @Override
    public Optional<String> caseLink(String caseId) {
        return Optional.of("https://vigil.demo-chain.example/api/v1/cases/" + caseId);
    }

    @Override
    public RetrySchedule retrySchedule() {
        return schedule;
    }
}
