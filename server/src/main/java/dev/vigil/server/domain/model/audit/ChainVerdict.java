package dev.vigil.server.domain.model.audit;

/**
 * What checking a chain found: how many entries hold, and the first that does not, if any, with why
 * ({@code altered}, {@code missing}, {@code out of order}, {@code cut short}, {@code unsealed}).
 */
public record ChainVerdict(String chain, long entries, boolean intact, Long brokenAt, String brokenEntryId, String reason) {

    public static ChainVerdict intact(String chain, long entries) {
        return new ChainVerdict(chain, entries, true, null, null, null);
    }

    public static ChainVerdict broken(String chain, long entries, Long seq, String entryId, String reason) {
        return new ChainVerdict(chain, entries, false, seq, entryId, reason);
    }
}
