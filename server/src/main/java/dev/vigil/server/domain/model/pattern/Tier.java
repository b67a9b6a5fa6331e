package dev.vigil.server.domain.model.pattern;

/**
 * Outcome tiers of indicators.md: T0 nothing, T1 watch, T2 review within the shift, T3 report,
 * T4 emergency. They map one to one onto case severities.
 */
public enum Tier {
    T0, T1, T2, T3, T4;

    public boolean atLeast(Tier other) {
        return compareTo(other) >= 0;
    }

    public static Tier max(Tier a, Tier b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Tier min(Tier a, Tier b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** This tier raised by {@code steps}, never above {@code ceiling}. */
    public Tier raise(int steps, Tier ceiling) {
        Tier raised = values()[Math.min(values().length - 1, ordinal() + steps)];
        return min(raised, ceiling);
    }
}
