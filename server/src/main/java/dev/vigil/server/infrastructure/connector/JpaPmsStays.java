package dev.vigil.server.infrastructure.connector;

import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.server.application.connector.PmsStays;
import dev.vigil.server.application.shared.JobLeases;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaJobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Stay contexts in {@code pms_stay}, one row per property and reservation, the newest version kept. */
@ApplicationScoped
public class JpaPmsStays implements PmsStays {

    private static final String COLUMNS = "system_id, confirmation_number, status, room, arrival, departure, checked_in_at,"
            + " checked_out_at, adults, children, child_ages, channel, channel_kind, group_token, guest_token,"
            + " companion_tokens, booker_token, payer_token, payment_method, pms_updated_at, fetched_at, removed";

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject JobLeases leases;

    protected JpaPmsStays() {
        // for CDI
    }

    /** For plain Java tests with a resource-local entity manager. */
    public JpaPmsStays(EntityManager em) {
        this.em = em;
        this.leases = new JpaJobLeases(em);
    }

    @Override
    @Transactional
    public boolean save(PropertyId property, StayContext stay, Instant fetchedAt) {
        Instant version = stay.updatedAt() == null ? fetchedAt : stay.updatedAt();
        List<?> current = em.createNativeQuery("SELECT pms_updated_at FROM pms_stay WHERE property_id = ? AND reservation_ref = ?"
                        + " FOR UPDATE").setParameter(1, property.value()).setParameter(2, stay.reservationRef()).getResultList();
        if (!current.isEmpty() && SqlTimes.instant(current.get(0)).isAfter(version)) {
            return false;
        }
        if (!current.isEmpty()) {
            em.createNativeQuery("DELETE FROM pms_stay WHERE property_id = ? AND reservation_ref = ?")
                    .setParameter(1, property.value()).setParameter(2, stay.reservationRef()).executeUpdate();
        }
        var insert = em.createNativeQuery("INSERT INTO pms_stay (property_id, reservation_ref, " + COLUMNS + ")"
                // typed casts: a null bound by a native query is a string to PostgreSQL
                + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS DATE), CAST(? AS DATE), CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Object[] values = {property.value(), stay.reservationRef(), stay.system() == null ? "pms" : stay.system(),
                cut(stay.confirmationNumber(), 100), stay.status().name(), cut(stay.room(), 20), SqlTimes.date(stay.arrival()),
                SqlTimes.date(stay.departure()), SqlTimes.ts(stay.checkedInAt()), SqlTimes.ts(stay.checkedOutAt()),
                stay.adults(), stay.children(), join(stay.childAges().stream().map(String::valueOf).toList(), 200),
                cut(stay.channel(), 60), stay.channelKind().name(), stay.groupToken(), stay.guestToken(),
                join(stay.companionTokens(), 2000), stay.bookerToken(), stay.payerToken(), stay.paymentMethod().name(),
                SqlTimes.ts(version), SqlTimes.ts(fetchedAt), false};
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
        return true;
    }

    @Override
    @Transactional
    public void removed(PropertyId property, String reservationRef, Instant updatedAt) {
        em.createNativeQuery("UPDATE pms_stay SET removed = TRUE, pms_updated_at = ? WHERE property_id = ?"
                        + " AND reservation_ref = ? AND pms_updated_at <= ?")
                .setParameter(1, SqlTimes.ts(updatedAt)).setParameter(2, property.value()).setParameter(3, reservationRef)
                .setParameter(4, SqlTimes.ts(updatedAt)).executeUpdate();
    }

    @Override
    public Optional<Stored> find(PropertyId property, String reservationRef) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM pms_stay WHERE property_id = ? AND reservation_ref = ?")
                .setParameter(1, property.value()).setParameter(2, reservationRef).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        StayContext stay = StayContext.builder((String) r[0], reservationRef)
                .confirmationNumber((String) r[1]).status(StayStatus.valueOf((String) r[2])).room((String) r[3])
                .dates(SqlTimes.localDate(r[4]), SqlTimes.localDate(r[5]))
                .checkedInOut(SqlTimes.instant(r[6]), SqlTimes.instant(r[7]))
                .occupancy(SqlTimes.integer(r[8]), SqlTimes.integer(r[9]))
                .childAges(split((String) r[10]).stream().map(Integer::valueOf).toList())
                .channel((String) r[11], ChannelKind.valueOf((String) r[12])).groupToken((String) r[13])
                .guestToken((String) r[14]).companionTokens(split((String) r[15])).bookerToken((String) r[16])
                .payerToken((String) r[17]).paymentMethod(PaymentMethodClass.valueOf((String) r[18]))
                .updatedAt(SqlTimes.instant(r[19])).build();
        return Optional.of(new Stored(stay, Boolean.TRUE.equals(r[21]), SqlTimes.instant(r[20])));
    }

    @Override
    @Transactional
    public void changed(PropertyId property, Instant at) {
        if (mark(property, at) == 0 && changedAt(property).isEmpty()) {
            leases.exclusive("startup"); // the first mark of a property: servers take turns to insert it
            if (changedAt(property).isEmpty()) {
                em.createNativeQuery("INSERT INTO pms_change (property_id, changed_at) VALUES (?, ?)")
                        .setParameter(1, property.value()).setParameter(2, SqlTimes.ts(at)).executeUpdate();
                return;
            }
            mark(property, at);
        }
    }

    private int mark(PropertyId property, Instant at) {
        return em.createNativeQuery("UPDATE pms_change SET changed_at = ? WHERE property_id = ? AND changed_at < ?")
                .setParameter(1, SqlTimes.ts(at)).setParameter(2, property.value()).setParameter(3, SqlTimes.ts(at))
                .executeUpdate();
    }

    @Override
    public Optional<Instant> changedAt(PropertyId property) {
        List<?> rows = em.createNativeQuery("SELECT changed_at FROM pms_change WHERE property_id = ?")
                .setParameter(1, property.value()).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(SqlTimes.instant(rows.get(0)));
    }

    @Override
    @Transactional
    public int purgeDepartedBefore(LocalDate day) {
        return em.createNativeQuery("DELETE FROM pms_stay WHERE departure < ?").setParameter(1, SqlTimes.date(day))
                .executeUpdate();
    }

    private static String join(List<String> values, int max) {
        String joined = String.join(",", values);
        return joined.isEmpty() ? null : cut(joined, max);
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
