package dev.vigil.server.domain.model.casefile;

import java.util.List;

/** One page of the queue and the cursor of the next, or null at the end. */
public record CasePage(List<CaseFile> cases, String nextCursor) {
    public CasePage {
        cases = List.copyOf(cases);
    }
}
