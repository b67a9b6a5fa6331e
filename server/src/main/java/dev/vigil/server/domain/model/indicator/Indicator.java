package dev.vigil.server.domain.model.indicator;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One checklist item. It describes behaviour or circumstances only, never who a person is.
 *
 * @param roles the roles likely to observe it: they order the checklist, they do not restrict filing
 * @param emergency someone may be in danger now: the reporter is told to call the emergency number
 * @param perVisit each observation counts once per visit rather than once per day
 */
public record Indicator(
        IndicatorCode code,
        String category,
        Set<StaffRole> roles,
        boolean pmsDerivable,
        boolean minorRelated,
        int weight,
        boolean emergency,
        boolean perVisit,
        List<String> sources,
        LocalizedText text,
        LocalizedText help) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        roles = Set.copyOf(roles);
        sources = List.copyOf(sources);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(help, "help");
        if (weight < 1 || weight > 5) {
            throw new IllegalArgumentException(code + ": weight must be 1 to 5");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(code + ": at least one role");
        }
    }

    public boolean observableBy(StaffRole role) {
        return roles.contains(role);
    }
}
