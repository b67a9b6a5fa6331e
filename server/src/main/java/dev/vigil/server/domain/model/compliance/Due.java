package dev.vigil.server.domain.model.compliance;

import java.time.LocalDate;

/** A duty's next due date and where it stands on a given day; no date when the duty does not recur. */
public record Due(Standing standing, LocalDate dueOn) {

    static Due on(LocalDate dueOn, LocalDate today, int lookAheadDays) {
        if (dueOn == null) {
            return new Due(Standing.CURRENT, null);
        }
        if (dueOn.isBefore(today)) {
            return new Due(Standing.OVERDUE, dueOn);
        }
        return new Due(dueOn.isAfter(today.plusDays(lookAheadDays)) ? Standing.CURRENT : Standing.DUE_SOON, dueOn);
    }

    static Due notRequired() {
        return new Due(Standing.NOT_REQUIRED, null);
    }
}
