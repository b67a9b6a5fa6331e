package dev.vigil.server.application.casefile;

import dev.vigil.server.domain.model.casefile.CasePage;
import dev.vigil.server.domain.model.stay.Stay;
import java.util.Map;

/** A page of the queue with the stays its room subjects stand for, so each line can name its room. */
public record CaseQueue(CasePage page, Map<String, Stay> stays) {
}
