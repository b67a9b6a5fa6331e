package dev.vigil.server.application.casefile;

import java.util.List;

/** The queue as security asks for it; every part optional, values still as text. */
public record CaseListQuery(String propertyId, List<String> statuses, String minSeverity, String room, Integer limit,
                            String cursor) {
}
