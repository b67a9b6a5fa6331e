package dev.vigil.connector.support;

import dev.vigil.plugin.connector.PmsException;

/** Where a connector gets its bearer token: reused while valid, fetched again when refused. */
public interface TokenSource {

    /**
     * A token that should still be valid.
     *
     * @return the access token
     * @throws PmsException with kind {@code AUTH} when the identity server refuses the credentials
     */
    String token() throws PmsException;

    /**
     * Drops a token the PMS refused, so the next {@link #token()} fetches a fresh one. A newer token
     * fetched meanwhile by another thread is kept.
     *
     * @param refused the token that got a {@code 401}
     */
    void invalidate(String refused);
}
