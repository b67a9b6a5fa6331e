package dev.vigil.server.application.casefile;

import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.protocol.ActionContact;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.stay.Stay;
import java.util.List;
import java.util.Map;

/**
 * A case as security reads it: the aggregate, its contributing observations (oldest first), the
 * stays its room subjects stand for, and in the reader's language the checklist wording of each
 * code and the protocol's words for each step (by the step's case-action id); and whom to contact
 * for each step (by the step's id).
 */
public record CaseView(CaseFile caseFile, List<Observation> observations, Map<String, Stay> stays,
                       Map<String, String> indicatorTexts, String lang, Map<String, List<ActionContact>> contacts,
                       Map<String, String> actionTexts) {

    public CaseView {
        contacts = contacts == null ? Map.of() : Map.copyOf(contacts);
        actionTexts = actionTexts == null ? Map.of() : Map.copyOf(actionTexts);
    }

    /** A view without the protocol's words for its steps. */
    public CaseView(CaseFile caseFile, List<Observation> observations, Map<String, Stay> stays,
                    Map<String, String> indicatorTexts, String lang, Map<String, List<ActionContact>> contacts) {
        this(caseFile, observations, stays, indicatorTexts, lang, contacts, Map.of());
    }

    /** The contacts of one step; none for a step the protocol names no channel for. */
    public List<ActionContact> contactsOf(String actionId) {
        return contacts.getOrDefault(actionId, List.of());
    }
}
