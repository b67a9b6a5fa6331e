package dev.vigil.server.application.report;

import java.util.List;
import java.util.Map;

/**
 * The report packet of one case, as handed to a hotline or the police: facts only. Times are
 * ISO-8601 in the property's time zone. It holds no raw identifier (no reservation reference, no
 * guest, visitor, payer, phone or vehicle value, not even their tokens), no note and no explanation
 * text; it counts the identifiers recorded instead.
 */
public record CaseReport(Packet packet, PropertyFacts property, CaseFacts caseFile, List<Sighting> observations,
                         List<Pattern> patterns, List<Step> actions, List<Event> history, List<Contact> numbers,
                         Protocol protocol, List<Relied> reliedOn) {

    public CaseReport {
        observations = List.copyOf(observations);
        patterns = List.copyOf(patterns);
        actions = List.copyOf(actions);
        history = List.copyOf(history);
        numbers = List.copyOf(numbers);
        reliedOn = List.copyOf(reliedOn);
    }

    /** Where a protocol value comes from: sourced, inferred, assumed, or set by the property; its sources; caveats. */
    public record Source(String status, List<String> sources, String note) {
        public Source {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /** What the packet is: when it was made, by whom, in which language it is written, what it leaves out. */
    public record Packet(String title, String generatedAt, String generatedBy, String language, List<String> statements) {
        public Packet {
            statements = List.copyOf(statements);
        }
    }

    /** The property the case belongs to. */
    public record PropertyFacts(String id, String name, String timeZone, String jurisdiction) {
    }

    /** The case at a glance: what Vigil recorded, counted. */
    public record CaseFacts(String id, String severity, String status, String openedAt, String lastChangedAt,
                            String mergedInto, String firstObservedAt, String lastObservedAt, int observationCount,
                            int reporterCount, List<String> reporterRoles, List<String> rooms, List<String> areas,
                            Map<String, Integer> identifiersRecorded) {
        public CaseFacts {
            reporterRoles = List.copyOf(reporterRoles);
            rooms = List.copyOf(rooms);
            areas = List.copyOf(areas);
            identifiersRecorded = Map.copyOf(identifiersRecorded);
        }
    }

    /** One observation: when, where, by which role, and the checklist wording of what was seen. */
    public record Sighting(String observedAt, String room, String area, String reporterRole, List<Indicator> indicators) {
        public Sighting {
            indicators = List.copyOf(indicators);
        }
    }

    /** A checklist item with its wording in the packet's language. */
    public record Indicator(String code, String text) {
    }

    /** A pattern rule that grouped observations into this case, with the span it looked at. */
    public record Pattern(String ruleId, String title, String tier, String windowStart, String windowEnd, int observations) {
    }

    /**
     * One of the protocol's steps on the case: what, who, through which channel and number, when
     * it was created and due, what happened, and where the step, its deadline and its escalation come
     * from, whom to contact for it ({@code contacts}); in the packet's language its name
     * ({@code label}), the protocol's words for it ({@code text}), the channel's name and each contact
     * in words ({@code contactTexts}: "call 100", "text HELP to 233733").
     */
    public record Step(String actionId, String kind, String severity, String who, String channel, String number,
                       boolean optional, String createdAt, String dueAt, String state, String acknowledgedBy,
                       String acknowledgedAt, int escalations, String escalatesTo, String createdUnder,
                       Source actionSource, Source deadlineSource, Source escalationSource,
                       List<dev.vigil.server.domain.model.protocol.ActionContact> contacts, String label, String text,
                       String channelName, List<String> contactTexts) {

        public Step {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
            contactTexts = contactTexts == null ? List.of() : List.copyOf(contactTexts);
        }

        /** A step without words of its own. */
        public Step(String actionId, String kind, String severity, String who, String channel, String number,
                    boolean optional, String createdAt, String dueAt, String state, String acknowledgedBy,
                    String acknowledgedAt, int escalations, String escalatesTo, String createdUnder,
                    Source actionSource, Source deadlineSource, Source escalationSource,
                    List<dev.vigil.server.domain.model.protocol.ActionContact> contacts) {
            this(actionId, kind, severity, who, channel, number, optional, createdAt, dueAt, state, acknowledgedBy,
                    acknowledgedAt, escalations, escalatesTo, createdUnder, actionSource, deadlineSource, escalationSource,
                    contacts, kind, null, channel,
                    contacts == null ? List.of() : contacts.stream().map(c -> c.describe()).toList());
        }
    }

    /** An entry of the case's history, without its note. */
    public record Event(String at, String kind, String by, String detail) {
    }

    /**
     * A number to call or text, with where it comes from: its name in the packet's language, the
     * digits to dial ({@code number}) and the number as printed for people ({@code display}).
     */
    public record Contact(String channel, String name, String number, String tty, String keyword, String audience,
                         String available, Source source, String display) {

        /** A contact printed as its digits. */
        public Contact(String channel, String name, String number, String tty, String keyword, String audience,
                       String available, Source source) {
            this(channel, name, number, tty, keyword, audience, available, source, number);
        }
    }

    /** The protocol in force for the property when the packet was made. */
    public record Protocol(String id, String version, String jurisdiction) {
    }

    /** A protocol value the case relied on that is not sourced: a person must confirm it. */
    public record Relied(String what, String value, Source source) {
    }
}
