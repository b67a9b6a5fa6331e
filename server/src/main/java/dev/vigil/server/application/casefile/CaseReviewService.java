package dev.vigil.server.application.casefile;

import dev.vigil.server.application.shared.Caller;
import java.util.List;

/** Use case: security and managers review cases: the queue, one case, a decision. */
public interface CaseReviewService {

    CaseQueue queue(Caller caller, CaseListQuery query);

    CaseView read(Caller caller, String caseId, List<String> languages);

    CaseView decide(Caller caller, String caseId, DecideCommand command, List<String> languages);

    /** Acknowledges one of the protocol's actions on the case, with an optional note. */
    CaseView acknowledge(Caller caller, String caseId, String actionId, String note, List<String> languages);
}
