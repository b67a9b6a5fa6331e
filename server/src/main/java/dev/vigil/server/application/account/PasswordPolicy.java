package dev.vigil.server.application.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (NIST SP 800-63B asks for at least 8;
 * a shared front-desk screen asks for more), at most {@value #MAX_LENGTH}, not one of the common
 * passwords of {@code security/common-passwords.txt}, and not the user name. No composition rules:
 * length beats forced digits and symbols.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy bundled() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> words.add(fold(l)));
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password may not be used, or empty when it may. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.chars().anyMatch(c -> Character.isISOControl(c))) {
            // a NUL among them would be lost on the way into PBKDF2 (HMAC pads its key with zero bytes)
            return Optional.of("must not contain control characters");
        }
        String folded = fold(password);
        if (common.contains(folded)) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        if (username != null && !username.isBlank() && folded.contains(fold(username))) {
            return Optional.of("must not contain the user name");
        }
        if (folded.chars().distinct().count() < 4) {
            return Optional.of("repeats too few characters; choose another");
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
