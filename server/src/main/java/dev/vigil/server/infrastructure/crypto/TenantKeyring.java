package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Holds each tenant's secret and derives purpose-bound keys from it, so one configured secret
 * yields independent keys for subject tokens, request fingerprints and note encryption.
 * Outside demo mode the secret comes from {@code vigil.tenant.<tenant>.secret} (base64, 32 bytes);
 * in demo mode it is generated on first start and kept in {@code <data dir>/keys/}.
 */
@ApplicationScoped
public class TenantKeyring {

    static final int SECRET_BYTES = 32;

    @Inject Config config;
    @Inject VigilSettings settings;

    private final Map<TenantId, byte[]> secrets = new ConcurrentHashMap<>();

    protected TenantKeyring() {
        // for CDI
    }

    /** A keyring over fixed secrets, for tests. */
    public static TenantKeyring of(Map<TenantId, byte[]> secrets) {
        TenantKeyring keyring = new TenantKeyring();
        keyring.secrets.putAll(secrets);
        return keyring;
    }

    /** The key for one purpose: HMAC-SHA256(secret, purpose), as in HKDF-Expand with a single block. */
    public byte[] key(TenantId tenant, String purpose) {
        byte[] secret = secrets.computeIfAbsent(tenant, this::loadSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("vigil/" + purpose + "/v1").getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Makes sure every tenant has a secret, so a missing one stops startup rather than a filing. */
    public void ensure(Iterable<TenantId> tenants) {
        tenants.forEach(t -> secrets.computeIfAbsent(t, this::loadSecret));
    }

    private byte[] loadSecret(TenantId tenant) {
        String property = "vigil.tenant." + tenant.value() + ".secret";
        var configured = config.getOptionalValue(property, String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return decode(configured.get(), property);
        }
        if (!settings.demo()) {
            throw new IllegalStateException("No key for tenant '" + tenant.value() + "': set " + property
                    + " (or VIGIL_TENANT_" + tenant.value().toUpperCase().replace('-', '_')
                    + "_SECRET) to 32 random bytes in base64, e.g. from `openssl rand -base64 32`");
        }
        return demoSecret(tenant);
    }

    private byte[] demoSecret(TenantId tenant) {
        Path file = settings.dataDir().resolve("keys").resolve(tenant.value() + ".key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[SECRET_BYTES];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(fresh));
                    restrictToOwner(file);
                } catch (FileAlreadyExistsException raced) {
                    // another instance sharing the data directory wrote it first: use theirs
                }
            }
            return decode(Files.readString(file).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the demo key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the data directory's own permissions must protect it
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not valid base64", e);
        }
        if (bytes.length < SECRET_BYTES) {
            throw new IllegalStateException(where + " must hold at least " + SECRET_BYTES + " bytes, has " + bytes.length);
        }
        return bytes;
    }
}
