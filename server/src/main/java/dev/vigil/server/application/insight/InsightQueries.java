package dev.vigil.server.application.insight;

import java.time.Instant;
import java.util.List;

/** Outbound port: the counts and times the property view reads, straight from the stored rows. */
public interface InsightQueries {

    /** Observations filed about each room or area of the property, observed within [from, to). */
    List<PlaceCount> observations(String tenant, String property, Instant from, Instant to);

    /** Cases not closed, dismissed or merged that were active within [from, to), with the rooms their stays name. */
    List<OpenCase> openCases(String tenant, String property, Instant from, Instant to);

    /** Cases opened at or after {@code since}: severity, opening, first acknowledgement and first decision. */
    List<CaseTiming> timings(String tenant, String property, Instant since);

    /** Observations of one place: {@code room} or {@code area} (one of them is null). */
    record PlaceCount(String room, String area, long observations) {
    }

    /** An open case and a room it concerns ({@code null} when it names no room). */
    record OpenCase(String caseId, String severity, String room) {
    }

    /** When a case opened and when it was first acknowledged and first decided ({@code null}: not yet). */
    record CaseTiming(String caseId, String severity, Instant openedAt, Instant firstAcknowledgedAt, Instant firstDecidedAt) {
    }
}
