package dev.vigil.server.application.casefile;

import dev.vigil.server.application.shared.Caller;
import java.util.List;

/** Use case: security and managers review cases: the queue, one case, a decision. */
public interface CaseReviewService {

    CaseQueue queue(Caller caller, CaseListQuery query);

    /** One case; reading never changes it. */
    CaseView read(Caller caller, String caseId, List<String> languages);

    /** Starts the review of an open case (OPEN to IN_REVIEW); a case already past OPEN is left as it is. */
    CaseView startReview(Caller caller, String caseId, List<String> languages);

    CaseView decide(Caller caller, String caseId, DecideCommand command, List<String> languages);

    /** Acknowledges one of the protocol's actions on the case, with an optional note. */
    CaseView acknowledge(Caller caller, String caseId, String actionId, String note, List<String> languages);
}
