package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.stay.StayRepository;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stays in the relational store. */
@ApplicationScoped
public class JpaStayRepository implements StayRepository {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaStayRepository() {
        // for CDI
    }

    public JpaStayRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Stay> find(StayId id) {
        return Optional.ofNullable(em.find(Stay.class, id.value()));
    }

    @Override
    public Optional<Stay> findByReservation(PropertyId property, String reservationRef) {
        return em.createQuery("SELECT s FROM Stay s WHERE s.propertyId = :p AND s.reservationRef = :r"
                        + " ORDER BY s.lastSeenUtc DESC", Stay.class)
                .setParameter("p", property.value())
                .setParameter("r", reservationRef)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Stay> findLatestForRoom(PropertyId property, String room, Instant since, Instant until) {
        // a stay with a reservation is the room's "current reservation"; one opened without is the fallback
        return em.createQuery("SELECT s FROM Stay s WHERE s.propertyId = :p AND s.room = :room"
                        + " AND s.lastSeenUtc >= :since AND s.firstSeenUtc <= :until"
                        + " ORDER BY CASE WHEN s.reservationRef IS NULL THEN 1 ELSE 0 END, s.lastSeenUtc DESC", Stay.class)
                .setParameter("p", property.value())
                .setParameter("room", room)
                .setParameter("since", utc(since))
                .setParameter("until", utc(until))
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void hold(Stay stay) {
        em.refresh(stay, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Rows of {@code stay_opening}: the property's reservation row ({@code *}) first, then the room's, always in that
     * order, so two filings never wait on each other crosswise. The reservation row is one per property, so no
     * reservation number is kept here.
     */
    @Override
    public void holdOpening(PropertyId property, String room, String reservationRef) {
        if (reservationRef != null) {
            holdPlace(property, "*");
        }
        if (room != null) {
            holdPlace(property, "room:" + room);
        }
    }

    private void holdPlace(PropertyId property, String place) {
        boolean held = !em.createNativeQuery("SELECT place FROM stay_opening WHERE property_id = ? AND place = ? FOR UPDATE")
                .setParameter(1, property.value()).setParameter(2, place)
                .getResultList().isEmpty();
        if (!held) {
            // the place's first stay ever: of two filings inserting this row together, the second waits for the first
            // and then fails on the key; the filing service files it again, and it then finds the first one's stay
            em.createNativeQuery("INSERT INTO stay_opening (property_id, place) VALUES (?, ?)")
                    .setParameter(1, property.value()).setParameter(2, place)
                    .executeUpdate();
        }
    }

    @Override
    public void store(Stay stay) {
        if (!em.contains(stay)) {
            em.persist(stay);
        }
        // observations reference stays by a plain column, so the provider cannot order the inserts itself
        em.flush();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
