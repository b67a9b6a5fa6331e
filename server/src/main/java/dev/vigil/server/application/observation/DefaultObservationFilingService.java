package dev.vigil.server.application.observation;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Files observations exactly once per idempotency key. When two requests with one key race, the
 * database's unique key lets one win; the loser reads the winner's receipt instead of failing.
 */
@ApplicationScoped
public class DefaultObservationFilingService implements ObservationFilingService {

    private static final Logger LOG = Logger.getLogger(DefaultObservationFilingService.class.getName());
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject FilingTransaction transaction;

    @Override
    public FilingOutcome file(FileObservationCommand command) {
        checkKey(command);
        try {
            return transaction.file(command);
        } catch (RuntimeException e) {
            if (command.idempotencyKey() == null || isContractError(e)) {
                throw e;
            }
            Optional<FilingOutcome> winner = transaction.replay(command);
            if (winner.isEmpty()) {
                throw e;
            }
            LOG.log(Level.FINE, "concurrent filing with one idempotency key; replaying the stored answer");
            return winner.get();
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
