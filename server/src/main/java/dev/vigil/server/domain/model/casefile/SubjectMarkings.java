package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Repository of security's markings on subject keys. */
public interface SubjectMarkings {

    void store(SubjectMarking marking);

    Optional<SubjectMarking> find(TenantId tenant, String id);

    /** Active markings of a tenant, newest first. */
    List<SubjectMarking> active(TenantId tenant);
}
