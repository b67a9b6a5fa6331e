package dev.vigil.server.application.casefile;

import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.stay.Stay;
import java.util.List;
import java.util.Map;

/**
 * A case as security reads it: the aggregate, its contributing observations (oldest first), the
 * stays its room subjects stand for, and in the reader's language the checklist wording of each
 * code and the protocol's words for each step (by the step's case-action id).
 */
public record CaseView(CaseFile caseFile, List<Observation> observations, Map<String, Stay> stays,
                       Map<String, String> indicatorTexts, String lang, Map<String, String> actionTexts) {

    public CaseView(CaseFile caseFile, List<Observation> observations, Map<String, Stay> stays,
                    Map<String, String> indicatorTexts, String lang) {
        this(caseFile, observations, stays, indicatorTexts, lang, Map.of());
    }
}
