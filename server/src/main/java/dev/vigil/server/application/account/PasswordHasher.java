package dev.vigil.server.application.account;

/** Outbound port for the slow password hash that the identity store checks. */
public interface PasswordHasher {

    String hash(String password);

    boolean verify(String password, String storedHash);
}
