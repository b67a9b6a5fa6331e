package dev.vigil.server.domain.model.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An operator's duty to register with a regulator: from when, what the registration gives, and what is unknown. */
public record RegistrationRequirement(String regulator, LocalDate requiredFrom, List<String> fields,
                                      List<String> complianceEvidenceFor, String fee, String renewal,
                                      Provenance provenance) {

    public RegistrationRequirement {
        fields = fields == null ? List.of() : List.copyOf(fields);
        complianceEvidenceFor = complianceEvidenceFor == null ? List.of() : List.copyOf(complianceEvidenceFor);
        Objects.requireNonNull(provenance, "provenance");
    }
}
