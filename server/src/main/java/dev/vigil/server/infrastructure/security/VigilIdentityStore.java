package dev.vigil.server.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identity store over the user table.
 * <ul>
 * <li>The same work for every attempt: a user name that does not exist, or an account that is disabled,
 * is checked against a stand-in hash of the same cost, so the answer's timing tells nothing about which
 * names exist.</li>
 * <li>Credentials are checked as sent, byte for byte: a password with a control character in it (a NUL,
 * say, which PBKDF2's HMAC would lose when it pads the key with zeros) is refused without a check,
 * and no password with one can be set.</li>
 * <li>A slow hash per request would make every API call cost a quarter of a second, so a successful check
 * is remembered for five minutes in a bounded cache (at most 10,000 entries) under a keyed hash of user
 * name, password and stored hash that lives only in this process's memory: a changed password misses it.</li>
 * </ul>
 */
@ApplicationScoped
public class VigilIdentityStore implements IdentityStore {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 10_000;
    private static final byte[] PROCESS_KEY = new SecureRandom().generateSeed(32);

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject PasswordHashing passwords;

    private final Cache<String, Boolean> recentlyVerified;
    private String standIn;

    public VigilIdentityStore() {
        this(Ticker.systemTicker());
    }

    /** With the clock the cache's expiry reads (a test moves it). */
    VigilIdentityStore(Ticker ticker) {
        recentlyVerified = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(REMEMBER).ticker(ticker).build();
    }

    @PostConstruct
    void prepare() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        standIn = passwords.hash(Base64.getEncoder().encodeToString(random));
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        String password = credential.getPasswordAsString();
        if (!wellFormed(name) || !wellFormed(password)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount user = name.length() > 100 ? null : em.find(UserAccount.class, name);
        if (user == null || !user.enabled()) {
            passwords.verify(password, standIn); // the same cost as a real check; the outcome does not matter
            return CredentialValidationResult.INVALID_RESULT;
        }
        String remembered = fingerprint(name, password, user.passwordHash());
        boolean valid = recentlyVerified.getIfPresent(remembered) != null;
        if (!valid && passwords.verify(password, user.passwordHash())) {
            valid = true;
            recentlyVerified.put(remembered, Boolean.TRUE);
        }
        return valid ? new CredentialValidationResult(name, new HashSet<>(user.roles()))
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** How many verified credentials are remembered now. */
    long remembered() {
        recentlyVerified.cleanUp();
        return recentlyVerified.estimatedSize();
    }

    /** Present, at most 1,000 characters, without control characters. */
    static boolean wellFormed(String text) {
        return text != null && !text.isEmpty() && text.length() <= 1000 && text.chars().noneMatch(Character::isISOControl);
    }

    private static String fingerprint(String name, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PROCESS_KEY, "HmacSHA256"));
            byte[] out = mac.doFinal((name + '\u0000' + password + '\u0000' + storedHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
