package dev.vigil.server.application.casefile;

import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.domain.model.casefile.SubjectMarking;
import java.util.List;

/** Use case: exclude a subject key from correlation, or exempt it from some rules; list; lift. */
public interface MarkingService {

    SubjectMarking mark(Caller caller, MarkCommand command);

    List<SubjectMarking> active(Caller caller);

    SubjectMarking lift(Caller caller, String id, String reason);
}
