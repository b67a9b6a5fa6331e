package dev.vigil.server.application.shared;

/**
 * Outbound port that holds an answer back until what was committed before it is on disk: a caller
 * told "filed" must never lose the filing to a crash or a power cut that follows.
 */
public interface DurableCommits {

    /**
     * Returns once every transaction committed before the call is on stable storage.
     *
     * @throws NotDurableException when the store cannot confirm it
     */
    void awaitDurable();

    /** The store could not confirm that committed work reached the disk; the answer must not claim it did. */
    class NotDurableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotDurableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
