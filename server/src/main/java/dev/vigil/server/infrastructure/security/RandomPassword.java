package dev.vigil.server.infrastructure.security;

import java.security.SecureRandom;

/**
 * A password made up for a person who will replace it at the first sign-in: 20 characters from an
 * alphabet without look-alikes (no 0/O, 1/l/I), in groups of five so that it can be read off a screen.
 * About 115 bits of randomness.
 */
final class RandomPassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
