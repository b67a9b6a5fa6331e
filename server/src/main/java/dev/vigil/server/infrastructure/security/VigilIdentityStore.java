package dev.vigil.server.infrastructure.security;

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
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identity store over the user table. A slow hash per request would make every API call cost a
 * quarter of a second, so a successful check is remembered for five minutes under a keyed hash
 * of the credentials that lives only in this process's memory.
 */
@ApplicationScoped
public class VigilIdentityStore implements IdentityStore {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final byte[] PROCESS_KEY = new SecureRandom().generateSeed(32);

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject PasswordHashing passwords;

    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        UserAccount user = name == null ? null : em.find(UserAccount.class, name);
        if (user == null || !user.enabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String password = credential.getPasswordAsString();
        String remembered = fingerprint(name, password, user.passwordHash());
        Instant until = recentlyVerified.get(remembered);
        boolean valid = until != null && until.isAfter(Instant.now());
        if (!valid && passwords.verify(password, user.passwordHash())) {
            valid = true;
            if (recentlyVerified.size() > 10_000) {
                recentlyVerified.clear();
            }
            recentlyVerified.put(remembered, Instant.now().plus(REMEMBER));
        }
        return valid ? new CredentialValidationResult(name, new HashSet<>(user.roles()))
                : CredentialValidationResult.INVALID_RESULT;
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
