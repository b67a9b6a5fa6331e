package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.pattern.SubjectHolds;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Subject holds as row locks on {@code subject_hold}. A key is held through its slot, a number derived
 * from the tenant and the key, so the table stores no token and never grows past {@link #SLOTS} rows;
 * two keys that share a slot merely take turns. Slots are locked in ascending order, after the stay
 * (which every filing holds first), so no two filings wait on each other crosswise.
 */
@ApplicationScoped
public class JpaSubjectHolds implements SubjectHolds {

    static final int SLOTS = 8192;

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaSubjectHolds() {
        // for CDI
    }

    public JpaSubjectHolds(EntityManager em) {
        this.em = em;
    }

    @Override
    public void hold(TenantId tenant, Collection<SubjectKey> keys) {
        TreeSet<Integer> slots = new TreeSet<>();
        keys.forEach(k -> slots.add(slot(tenant, k)));
        for (int slot : slots) {
            boolean held = !em.createNativeQuery("SELECT slot FROM subject_hold WHERE slot = ? FOR UPDATE")
                    .setParameter(1, slot).getResultList().isEmpty();
            if (!held) {
                // the slot's first use: of two filings inserting it together, the second fails on the key and is filed again
                em.createNativeQuery("INSERT INTO subject_hold (slot) VALUES (?)").setParameter(1, slot).executeUpdate();
            }
        }
    }

    /** The same on every server: a hash of tenant, type and value. */
    static int slot(TenantId tenant, SubjectKey key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((tenant.value() + "\u0000" + key.type().name() + "\u0000" + key.value())
                    .getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(ByteBuffer.wrap(digest).getInt(), SLOTS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
