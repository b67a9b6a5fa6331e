package dev.vigil.server.domain.model.notification;

import dev.vigil.server.domain.model.time.UtcTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One message for one route, written to the outbox in the transaction of the change that caused
 * it, so that it exists exactly when the change does. Its texts are composed then and never hold
 * guest identifiers.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", nullable = false, length = 63)
    private String propertyId;

    @Column(name = "case_id", length = 36)
    private String caseId;

    @Column(name = "event", nullable = false, length = 40)
    private String event;

    @Column(name = "route", nullable = false, length = 320)
    private String route;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 2000)
    private String text;

    @Column(name = "body_json", nullable = false, length = 8000)
    private String json;

    @Column(name = "status", nullable = false, length = 12)
    private String status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    /** How soon it must go: the case's severity rank (URGENT highest); the dispatcher takes the most urgent first. */
    @Column(name = "urgency", nullable = false)
    private int urgency;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notification() {
        // for JPA
    }

    public Notification(String tenantId, String propertyId, String caseId, String event, Route route, String subject,
                        String text, String json, Instant at) {
        this(tenantId, propertyId, caseId, event, route, subject, text, json, at, 0);
    }

    /** A notification about a case of the given severity rank, which orders the dispatcher's work. */
    public Notification(String tenantId, String propertyId, String caseId, String event, Route route, String subject,
                        String text, String json, Instant at, int urgency) {
        this.urgency = urgency;
        this.id = UUID.randomUUID().toString();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.propertyId = Objects.requireNonNull(propertyId);
        this.caseId = caseId;
        this.event = Objects.requireNonNull(event);
        this.route = route.toString();
        this.subject = clip(subject, 200);
        this.text = clip(text, 2000);
        this.json = Objects.requireNonNull(json);
        this.status = NotificationStatus.PENDING.name();
        this.createdAt = UtcTime.of(at);
        this.nextAttemptAt = createdAt;
    }

    /** Taken by one dispatcher until the lease ends. */
    public void claim(Instant now, Duration lease) {
        status = NotificationStatus.SENDING.name();
        leaseUntil = UtcTime.of(now.plus(lease));
        attempts++;
    }

    /** The receiver accepted it. */
    public void delivered(Instant now) {
        status = NotificationStatus.DELIVERED.name();
        deliveredAt = UtcTime.of(now);
        leaseUntil = null;
        nextAttemptAt = null;
        lastError = null;
    }

    /** An attempt failed: it waits for the next try, or becomes a dead letter when the schedule is spent or trying again cannot help. */
    public void failed(Instant now, String error, boolean permanent, RetrySchedule schedule) {
        lastError = clip(error == null || error.isBlank() ? "delivery failed" : error, 300);
        leaseUntil = null;
        Optional<Duration> wait = permanent ? Optional.empty() : schedule.after(attempts);
        if (wait.isPresent()) {
            status = NotificationStatus.PENDING.name();
            nextAttemptAt = UtcTime.of(now.plus(wait.get()));
        } else {
            status = NotificationStatus.DEAD.name();
            nextAttemptAt = null;
        }
    }

    /** An administrator sends a dead letter again: it gets a fresh schedule. */
    public void requeue(Instant now) {
        if (status() != NotificationStatus.DEAD) {
            throw new IllegalStateException("only a dead letter can be sent again; this one is " + status);
        }
        status = NotificationStatus.PENDING.name();
        attempts = 0;
        nextAttemptAt = UtcTime.of(now);
    }

    private static String clip(String s, int max) {
        Objects.requireNonNull(s);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }


    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String propertyId() {
        return propertyId;
    }

    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String event() {
        return event;
    }

    public Route route() {
        return Route.parse(route);
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String json() {
        return json;
    }

    public NotificationStatus status() {
        return NotificationStatus.valueOf(status);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(UtcTime.instant(nextAttemptAt));
    }

    public Optional<Instant> leaseUntil() {
        return Optional.ofNullable(UtcTime.instant(leaseUntil));
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return UtcTime.instant(createdAt);
    }

    public int urgency() {
        return urgency;
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(UtcTime.instant(deliveredAt));
    }
}
