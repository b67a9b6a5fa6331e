package dev.vigil.server.domain.model.stay;

import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate root: a room occupied under one reservation (the {@code ROOM_STAY} subject).
 * A stay opened by an observation without a reservation gets its reservation when one is filed.
 */
@Entity
@Table(name = "stay")
public class Stay {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "property_id", nullable = false, length = 63)
    private String propertyId;

    @Column(name = "room", length = 20)
    private String room;

    @Column(name = "reservation_ref", length = 100)
    private String reservationRef;

    @Column(name = "first_seen_at", nullable = false)
    private LocalDateTime firstSeenUtc;

    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenUtc;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Stay() {
        // for JPA
    }

    public Stay(StayId id, PropertyId property, String room, String reservationRef, Instant seenAt) {
        this.id = Objects.requireNonNull(id, "id").value();
        this.propertyId = Objects.requireNonNull(property, "property").value();
        this.room = room;
        this.reservationRef = reservationRef;
        this.firstSeenUtc = LocalDateTime.ofInstant(seenAt, ZoneOffset.UTC);
        this.lastSeenUtc = this.firstSeenUtc;
    }

    public StayId id() {
        return new StayId(id);
    }

    public PropertyId property() {
        return new PropertyId(propertyId);
    }

    public Optional<String> room() {
        return Optional.ofNullable(room);
    }

    public Optional<String> reservationRef() {
        return Optional.ofNullable(reservationRef);
    }

    public Instant firstSeenAt() {
        return firstSeenUtc.toInstant(ZoneOffset.UTC);
    }

    public Instant lastSeenAt() {
        return lastSeenUtc.toInstant(ZoneOffset.UTC);
    }

    /** Records that an observation at the given time belongs to this stay, learning room or reservation. */
    public void seen(Instant at, String room, String reservationRef) {
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        if (utc.isAfter(lastSeenUtc)) {
            lastSeenUtc = utc;
        }
        if (utc.isBefore(firstSeenUtc)) {
            firstSeenUtc = utc;
        }
        if (this.room == null && room != null) {
            this.room = room;
        }
        if (this.reservationRef == null && reservationRef != null) {
            this.reservationRef = reservationRef;
        }
    }
}
