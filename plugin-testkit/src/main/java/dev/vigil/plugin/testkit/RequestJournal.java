package dev.vigil.plugin.testkit;

import java.util.List;

/** What a fake PMS received, in order: the contract kit reads it to prove that nothing was written. */
@FunctionalInterface
public interface RequestJournal {

    /**
     * The requests received so far.
     *
     * @return the requests, oldest first
     */
    List<RecordedRequest> requests();
}
