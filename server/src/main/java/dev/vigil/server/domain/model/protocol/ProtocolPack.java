package dev.vigil.server.domain.model.protocol;

import dev.vigil.server.domain.model.indicator.GuidanceLine;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate root of one jurisdiction's reporting protocol, overlays already merged: channels, the
 * actions of each case severity (by name), the periods retention follows, and the operator's other
 * duties (training, notices, registration) for the compliance view; and how it speaks to people:
 * the languages its texts are in, the language its properties default to, the guidance lines it
 * gives reporters in place of (or besides) the checklist's, and the context a manager should know.
 */
public record ProtocolPack(String id, String version, String jurisdiction, Duration observationWindow,
                           List<Channel> channels, Map<String, List<ProtocolAction>> actions,
                           Integer guestRecordFloorDays, Integer observationsWithoutCaseDays, Integer casesDays,
                           List<LocalizedText> prohibitedActions, ComplianceRules compliance, List<String> locales,
                           String defaultLanguage, List<GuidanceLine> guidance, List<ContextNote> context) {

    public ProtocolPack {
        Objects.requireNonNull(id, "id");
        channels = List.copyOf(channels);
        actions = Map.copyOf(actions);
        prohibitedActions = List.copyOf(prohibitedActions);
        compliance = compliance == null ? ComplianceRules.none() : compliance;
        locales = locales == null || locales.isEmpty() ? List.of(LocalizedText.FALLBACK) : List.copyOf(locales);
        defaultLanguage = defaultLanguage == null ? LocalizedText.FALLBACK : defaultLanguage;
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        context = context == null ? List.of() : List.copyOf(context);
    }

    /** A pack that speaks English only and gives reporters no lines of its own. */
    public ProtocolPack(String id, String version, String jurisdiction, Duration observationWindow,
                        List<Channel> channels, Map<String, List<ProtocolAction>> actions,
                        Integer guestRecordFloorDays, Integer observationsWithoutCaseDays, Integer casesDays,
                        List<LocalizedText> prohibitedActions, ComplianceRules compliance) {
        this(id, version, jurisdiction, observationWindow, channels, actions, guestRecordFloorDays,
                observationsWithoutCaseDays, casesDays, prohibitedActions, compliance, null, null, null, null);
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

    /** The first action of a kind at a severity, e.g. the call to the emergency number. */
    public Optional<ProtocolAction> firstAction(String severity, ActionKind kind) {
        return actionsFor(severity).stream().filter(a -> a.kind() == kind).findFirst();
    }

    /**
     * Whom to contact for a step, primary channel first, then the channels that also satisfy it; where
     * the property set its own number for a channel ({@code own}, by channel id), that one. A step the
     * pack no longer states is reached through the channel it was created with.
     */
    public java.util.List<ActionContact> contacts(String severity, String actionId, String createdWithChannel,
                                                  java.util.Map<String, Channel> own) {
        java.util.List<String> ids = action(severity, actionId).map(ProtocolAction::channels)
                .orElse(createdWithChannel == null ? java.util.List.of() : java.util.List.of(createdWithChannel));
        java.util.List<ActionContact> contacts = new java.util.ArrayList<>();
        for (String id : ids) {
            Channel mine = own.get(id);
            if (mine != null) {
                contacts.add(ActionContact.of(mine, true));
            } else {
                channel(id).ifPresent(c -> contacts.add(ActionContact.of(c, false)));
            }
        }
        return contacts;
    }

    /** The channel of the first step of a kind at a severity: the emergency number's, the hotline's. */
    public Optional<Channel> channelOfFirst(String severity, ActionKind kind) {
        return actionsFor(severity).stream().filter(a -> a.kind() == kind).map(ProtocolAction::channel)
                .filter(java.util.Objects::nonNull).findFirst().flatMap(this::channel);
    }

    /** The first phone channel of the given id's number, for guidance texts. */
    public Optional<String> number(String channelId) {
        return channel(channelId).map(Channel::shown);
    }
}
