package dev.vigil.server.domain.model.protocol;

import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate root of one jurisdiction's reporting protocol, overlays already merged: channels, the
 * actions of each case severity (by name), the periods retention follows, and the operator's other
 * duties (training, notices, registration) for the compliance view.
 */
public record ProtocolPack(String id, String version, String jurisdiction, Duration observationWindow,
                           List<Channel> channels, Map<String, List<ProtocolAction>> actions,
                           Integer guestRecordFloorDays, Integer observationsWithoutCaseDays, Integer casesDays,
                           List<LocalizedText> prohibitedActions, ComplianceRules compliance) {

    public ProtocolPack {
        Objects.requireNonNull(id, "id");
        channels = List.copyOf(channels);
        actions = Map.copyOf(actions);
        prohibitedActions = List.copyOf(prohibitedActions);
        compliance = compliance == null ? ComplianceRules.none() : compliance;
    }

    /** A pack that states no compliance duties. */
    public ProtocolPack(String id, String version, String jurisdiction, Duration observationWindow,
                        List<Channel> channels, Map<String, List<ProtocolAction>> actions,
                        Integer guestRecordFloorDays, Integer observationsWithoutCaseDays, Integer casesDays,
                        List<LocalizedText> prohibitedActions) {
        this(id, version, jurisdiction, observationWindow, channels, actions, guestRecordFloorDays,
                observationsWithoutCaseDays, casesDays, prohibitedActions, ComplianceRules.none());
    }

    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The steps of a severity (WATCH, REVIEW, REPORT, URGENT), in order. */
    public List<ProtocolAction> actionsFor(String severity) {
        return actions.getOrDefault(severity, List.of());
    }

    /** The step of a severity with that id, as this version of the pack states it. */
    public Optional<ProtocolAction> action(String severity, String actionId) {
        return actionsFor(severity).stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    /** The first phone channel of the given id's number, for guidance texts. */
    public Optional<String> number(String channelId) {
        return channel(channelId).map(Channel::shown);
    }
}
