package dev.vigil.server.domain.model.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What a condition sees: one subject's observations within one time window, and what is linked to it. */
public interface Window {

    SubjectKey subject();

    Instant from();

    Instant to();

    /** The subject's observations within [from, to], oldest first. */
    List<ObservationFact> facts();

    /** The pack's indicator for a code the observations name. */
    Indicator indicator(dev.vigil.server.domain.model.indicator.IndicatorCode code);

    /** The score of this window under the pack's scoring convention. */
    int score();

    /** Room stays linked to the subject within the window. */
    Set<SubjectKey> linkedStays();

    /** A linked stay's own observations within the same span. */
    Window of(SubjectKey stay);

    /** The highest tier a linked stay reaches within the same span, by the rules for stays. */
    Tier tierOf(SubjectKey stay);
}
