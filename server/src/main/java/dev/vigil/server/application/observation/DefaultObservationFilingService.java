package dev.vigil.server.application.observation;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.TransientFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Files observations exactly once per idempotency key. When two requests with one key race, the
 * database's unique key lets one win; the loser reads the winner's receipt instead of failing.
 * When two filings about one case race, the case's version lets one win; the other is filed
 * again from the start (its transaction left nothing behind), so nothing filed is lost.
 */
@ApplicationScoped
public class DefaultObservationFilingService implements ObservationFilingService {

    private static final Logger LOG = Logger.getLogger(DefaultObservationFilingService.class.getName());
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject FilingTransaction transaction;
    @Inject TransientFailures transientFailures;

    static final int ATTEMPTS = 8;

    @Override
    public FilingOutcome file(FileObservationCommand command) {
        checkKey(command);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.file(command);
            } catch (RuntimeException e) {
                if (isContractError(e)) {
                    throw e;
                }
                Optional<FilingOutcome> winner = command.idempotencyKey() == null ? Optional.empty() : transaction.replay(command);
                if (winner.isPresent()) {
                    LOG.log(Level.FINE, "concurrent filing with one idempotency key; replaying the stored answer");
                    return winner.get();
                }
                if (attempt >= ATTEMPTS || !transientFailures.worthRetrying(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "filing raced another on the same case; filing again (attempt {0})", attempt + 1);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            // exponential back-off with jitter, so that racers spread out instead of colliding again
            long ceiling = Math.min(1_000L, 10L << attempt);
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, ceiling));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isContractError(RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof InvalidRequestException || t instanceof dev.vigil.server.application.shared.ConflictException) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    private static void checkKey(FileObservationCommand command) {
        String key = command.idempotencyKey();
        if (key == null && command.caller().has(AppRole.INTEGRATION)) {
            throw new InvalidRequestException("Idempotency-Key", "header is required for integration clients");
        }
        if (key != null && !KEY.matcher(key).matches()) {
            throw new InvalidRequestException("Idempotency-Key", "1 to 200 visible ASCII characters");
        }
    }
}
