package dev.vigil.server.application.notification;

import dev.vigil.server.domain.model.notification.RetrySchedule;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.util.List;
import java.util.Optional;

/** Outbound port: where a property's notifications go, and how deliveries are retried. */
public interface NotificationSettings {

    /** The routes of one of the protocol's internal channels at a property, e.g. on_duty_security; empty when none is set. */
    List<Route> routes(PropertyId property, String channelId);

    /** Routes that receive every notification of a property, e.g. a chain's operations webhook. */
    List<Route> everyEvent(PropertyId property);

    /** A link that opens the case in the security console, when Vigil knows its public address. */
    Optional<String> caseLink(String caseId);

    RetrySchedule retrySchedule();
}
