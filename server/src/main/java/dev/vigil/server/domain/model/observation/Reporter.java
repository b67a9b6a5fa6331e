package dev.vigil.server.domain.model.observation;

import dev.vigil.server.domain.model.indicator.StaffRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Who filed: the staff member named by the hotel, the role they filed in, and the signed-in
 * principal that sent it (the same person, or the PMS integration acting for them).
 */
@Embeddable
public class Reporter {

    @Column(name = "reporter_id", nullable = false, length = 100)
    private String staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_role", nullable = false, length = 8)
    private StaffRole role;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    protected Reporter() {
        // for JPA
    }

    public Reporter(String staffId, StaffRole role, String filedBy) {
        this.staffId = Objects.requireNonNull(staffId, "reporter id");
        this.role = Objects.requireNonNull(role, "reporter role");
        this.filedBy = Objects.requireNonNull(filedBy, "filed by");
    }

    public String staffId() {
        return staffId;
    }

    public StaffRole role() {
        return role;
    }

    public String filedBy() {
        return filedBy;
    }
}
