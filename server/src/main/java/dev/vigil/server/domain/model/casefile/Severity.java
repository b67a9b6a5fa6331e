package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.pattern.Tier;
import java.util.Optional;

/** How urgent a case is: the highest tier reached (T1 watch … T4 urgent); below T1 no case exists. */
public enum Severity {
    WATCH, REVIEW, REPORT, URGENT;

    public static Optional<Severity> of(Tier tier) {
        return switch (tier) {
            case T0 -> Optional.empty();
            case T1 -> Optional.of(WATCH);
            case T2 -> Optional.of(REVIEW);
            case T3 -> Optional.of(REPORT);
            case T4 -> Optional.of(URGENT);
        };
    }

    /** 1 for WATCH to 4 for URGENT: stored beside the name so queues sort and filter by it. */
    public int rank() {
        return ordinal() + 1;
    }

    public static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
