package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.config.DataDirectory;
import dev.vigil.server.infrastructure.config.VigilSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Each tenant's secret, the key that wraps its other keys: {@code vigil.tenant.<tenant>.secret} from the
 * environment or a system property, or a file of that name (or {@code VIGIL_TENANT_<TENANT>_SECRET}) in the
 * mounted directory {@code vigil.secrets.dir}; in demo mode, generated once into {@code <data dir>/keys/}.
 * During a change of secret, {@code vigil.tenant.<tenant>.previous-secret} names the one being replaced.
 * A secret is never logged, and no message names more than the setting it comes from.
 */
final class TenantSecrets implements SecretSource {

    static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Config config;
    private final VigilSettings settings;

    TenantSecrets(Config config, VigilSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    @Override
    public byte[] current(TenantId tenant) {
        String key = "vigil.tenant." + tenant.value() + ".secret";
        Optional<byte[]> found = read(key);
        if (found.isPresent()) {
            return found.get();
        }
        if (!settings.demo()) {
            throw new IllegalStateException("No key for tenant '" + tenant.value() + "': set " + key + " (or "
                    + envName(key) + ", or a file of that name in vigil.secrets.dir) to 32 random bytes in base64, e.g. "
                    + "from `openssl rand -base64 32`");
        }
        return demoSecret(tenant);
    }

    @Override
    public Optional<byte[]> previous(TenantId tenant) {
        return read("vigil.tenant." + tenant.value() + ".previous-secret");
    }

    /** Random: a key owes nothing to the secret that wraps it. */
    @Override
    public byte[] newKey(TenantId tenant, String keyId) {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    private Optional<byte[]> read(String key) {
        Optional<String> configured = config.getOptionalValue(key, String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return Optional.of(decode(configured.get(), key));
        }
        Optional<Path> dir = config.getOptionalValue("vigil.secrets.dir", String.class).filter(s -> !s.isBlank()).map(Path::of);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        for (String name : new String[] {key, envName(key)}) {
            Path file = dir.get().resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(decode(Files.readString(file), file.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the secret file " + file, e);
                }
            }
        }
        return Optional.empty();
    }

    private byte[] demoSecret(TenantId tenant) {
        Path dir = settings.dataDir().resolve("keys");
        Path file = dir.resolve(tenant.value() + ".key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                DataDirectory.ownerOnly(dir);
                byte[] fresh = new byte[SECRET_BYTES];
                RANDOM.nextBytes(fresh);
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(fresh));
                    DataDirectory.ownerOnly(file);
                } catch (FileAlreadyExistsException raced) {
                    // another instance sharing the data directory wrote it first: use theirs
                }
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the demo key " + file, e);
        }
    }

    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not valid base64");
        }
        if (bytes.length < SECRET_BYTES) {
            throw new IllegalStateException(where + " must hold at least " + SECRET_BYTES + " bytes, has " + bytes.length);
        }
        return bytes;
    }
}
