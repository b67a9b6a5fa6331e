package dev.vigil.bench;

/**
 * Where the synthetic history goes, one row at a time, in the columns of the migrated schema. Times
 * are UTC epoch seconds (the schema keeps UTC in TIMESTAMP columns).
 */
interface RowSink extends AutoCloseable {

    void stay(String id, String property, String room, String reservationRef, long firstSeen, long lastSeen);

    void observation(String id, String tenant, String property, long observedAt, int offsetSeconds, long receivedAt,
                     String reporterId, String reporterRole, String filedBy, String room, String reservationRef,
                     String stayId, String noteCiphertext);

    void indicator(String observationId, int ordinal, String code);

    void subject(String observationId, String kind, String token);

    /**
     * One key row; it carries what the engine reads of its observation (codes and subject keys as the server
     * encodes them, see {@code FactText}).
     */
    void key(String observationId, String keyType, String keyValue, String tenant, String property, long observedAt,
             KeyFacts facts);

    /** The observation's facts every one of its key rows holds. */
    record KeyFacts(String reporterId, String reporterRole, String room, String area, String codes, String subjectKeys) {
    }

    /** Writes what is buffered and commits. */
    void finish() throws Exception;

    @Override
    void close() throws Exception;

    /** Takes every row and keeps none: replays a history whose rows a kept database already holds. */
    RowSink NONE = new RowSink() {
        @Override
        public void stay(String id, String property, String room, String reservationRef, long firstSeen, long lastSeen) {
        }

        @Override
        public void observation(String id, String tenant, String property, long observedAt, int offsetSeconds,
                                long receivedAt, String reporterId, String reporterRole, String filedBy, String room,
                                String reservationRef, String stayId, String noteCiphertext) {
        }

        @Override
        public void indicator(String observationId, int ordinal, String code) {
        }

        @Override
        public void subject(String observationId, String kind, String token) {
        }

        @Override
        public void key(String observationId, String keyType, String keyValue, String tenant, String property,
                        long observedAt, KeyFacts facts) {
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    };
}
