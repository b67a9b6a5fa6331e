package dev.vigil.server.infrastructure.persistence.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.vigil.server.application.observation.FilingReceipt;
import dev.vigil.server.application.observation.IdempotencyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Idempotency records in the relational store; the receipt is kept as JSON so a replay is the same answer. */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject Clock clock;

    protected JpaIdempotencyStore() {
        // for CDI
    }

    public JpaIdempotencyStore(EntityManager em) {
        this(em, Clock.systemUTC());
    }

    public JpaIdempotencyStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<Remembered> find(String scope, String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key)))
                .map(r -> new Remembered(r.fingerprint(), read(r.receiptJson())));
    }

    @Override
    public void remember(String scope, String key, String fingerprint, FilingReceipt receipt) {
        try {
            em.persist(new IdempotencyRecord(scope, key, fingerprint, JSON.writeValueAsString(receipt),
                    LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), receipt.id()));
            // surface a duplicate key inside this transaction, so the caller can replay the winner
            em.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt not serialisable", e);
        }
    }

    private static FilingReceipt read(String json) {
        try {
            return JSON.readValue(json, FilingReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored receipt unreadable", e);
        }
    }
}
