package dev.vigil.server.infrastructure.security;

/** A bearer token that must not be trusted; the message says why, without echoing the token. */
public class InvalidTokenException extends Exception {
    public InvalidTokenException(String message) {
        super(message);
    }
}
