package dev.vigil.server.domain.model.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate root of one jurisdiction's reporting protocol, overlays already merged: channels, the
 * actions of each case severity (by name), and the periods retention follows.
 */
public record ProtocolPack(String id, String version, String jurisdiction, Duration observationWindow,
                           List<Channel> channels, Map<String, List<ProtocolAction>> actions,
                           Integer guestRecordFloorDays, Integer observationsWithoutCaseDays, Integer casesDays,
                           List<dev.vigil.server.domain.model.indicator.LocalizedText> prohibitedActions) {

    public ProtocolPack {
        Objects.requireNonNull(id, "id");
        channels = List.copyOf(channels);
        actions = Map.copyOf(actions);
        prohibitedActions = List.copyOf(prohibitedActions);
    }

    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The steps of a severity (WATCH, REVIEW, REPORT, URGENT), in order. */
    public List<ProtocolAction> actionsFor(String severity) {
        return actions.getOrDefault(severity, List.of());
    }

    /** The first phone channel of the given id's number, for guidance texts. */
    public Optional<String> number(String channelId) {
        return channel(channelId).map(Channel::shown);
    }
}
