package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Each tenant's keys, with ids. The tenant secret ({@link TenantSecrets}) wraps random 32-byte keys kept
 * in the database (AES-256-GCM under a key derived from the secret with HKDF), one family per use
 * ({@link KeyFamily}); every value made with a key carries the key's id, so a key can be rotated without
 * losing what the older ones made: the newest key of a family makes new values, and every key stays to
 * read (and match) the old ones. Keys are derived for each purpose with HKDF, never used twice.
 * A changed tenant secret re-wraps the keys at the next start (the old one given as
 * {@code previous-secret}); the values made with the keys are untouched.
 */
@ApplicationScoped
public class TenantKeyring {

    static final Duration REFRESH = Duration.ofSeconds(10);

    @Inject Config config;
    @Inject VigilSettings settings;
    @Inject TenantKeyStore store;
    @Inject Clock clock;

    /** The configured secrets, made on first use; fixed ones in a keyring made by {@link #of}. */
    private SecretSource secrets;
    private final Map<String, DataKey> unwrapped = new ConcurrentHashMap<>();
    private final Map<TenantId, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** The keys of one tenant as last read, newest first within each family. */
    private record Snapshot(Instant readAt, List<DataKey> keys) {
    }

    protected TenantKeyring() {
        // for CDI
    }

    /** A keyring over fixed secrets and keys held in memory, for tests. */
    public static TenantKeyring of(Map<TenantId, byte[]> secrets) {
        return of(secrets, new InMemoryTenantKeyStore());
    }

    static TenantKeyring of(Map<TenantId, byte[]> secrets, TenantKeyStore store) {
        TenantKeyring keyring = new TenantKeyring();
        keyring.store = store;
        keyring.clock = Clock.systemUTC();
        keyring.secrets = new FixedSecrets(secrets);
        keyring.ensure(secrets.keySet());
        return keyring;
    }

    /** The store of a keyring made by {@link #of}, so that tests can look at what is kept. */
    TenantKeyStore store() {
        return store;
    }

    /**
     * Makes sure every tenant has a secret that opens its keys, re-wraps keys made under the previous
     * secret, keeps the secret of before keys had ids where data made with it exists, and creates the
     * first key of each family. Returns the tenants whose keys were re-wrapped under a new secret.
     */
    public List<TenantId> ensure(Iterable<TenantId> tenants) {
        List<TenantId> rewrapped = new ArrayList<>();
        for (TenantId tenant : tenants) {
            if (prepare(tenant)) {
                rewrapped.add(tenant);
            }
        }
        return rewrapped;
    }

    private boolean prepare(TenantId tenant) {
        Wrapping current = Wrapping.of(tenant.value(), secrets().current(tenant));
        Optional<Wrapping> previous = secrets().previous(tenant).map(s -> Wrapping.of(tenant.value(), s));
        List<TenantKeyStore.StoredKey> rows = store.load(tenant.value());
        boolean rewrapped = false;
        for (TenantKeyStore.StoredKey row : rows) {
            if (row.wrappedBy().equals(current.id())) {
                continue;
            }
            Wrapping old = previous.filter(p -> p.id().equals(row.wrappedBy())).orElseThrow(() -> new IllegalStateException(
                    "The keys of tenant '" + tenant.value() + "' were made under another secret than vigil.tenant."
                            + tenant.value() + ".secret: give the secret used before as vigil.tenant." + tenant.value()
                            + ".previous-secret for one start, so that they are wrapped again under the new one"));
            byte[] material = old.unwrap(row.id(), row.wrapped());
            store.rewrap(tenant.value(), row.id(), current.wrap(row.id(), material), current.id());
            rewrapped = true;
        }
        if (rows.isEmpty() && store.holdsUnkeyedData(tenant.value())) {
            add(tenant, KeyFamily.LEGACY, "legacy", current.secret(), current, "vigil-startup");
        }
        List<KeyFamily> present = rows.stream().map(TenantKeyStore.StoredKey::family).toList();
        for (KeyFamily family : List.of(KeyFamily.TOKEN, KeyFamily.NOTE, KeyFamily.AUDIT)) {
            if (!present.contains(family)) {
                add(tenant, family, family.prefix() + "1", secrets().newKey(tenant, family.prefix() + "1"), current, "vigil-startup");
            }
        }
        snapshots.remove(tenant);
        keysOf(tenant); // every key opens, or startup stops here
        return rewrapped;
    }

    /** True when the tenant's keys are set up (every tenant that owns a property, after startup). */
    public boolean holdsKeysOf(TenantId tenant) {
        Snapshot known = snapshots.get(tenant);
        return (known != null && !known.keys().isEmpty()) || !store.load(tenant.value()).isEmpty();
    }

    /** The key that makes new values of a family. */
    public DataKey primary(TenantId tenant, KeyFamily family) {
        return keys(tenant, family).get(0);
    }

    /** A family's keys, newest first; for tokens and notes the secret of before keys had ids comes last, where kept. */
    public List<DataKey> keys(TenantId tenant, KeyFamily family) {
        List<DataKey> keys = new ArrayList<>();
        keysOf(tenant).stream().filter(k -> k.family() == family).forEach(keys::add);
        if (family == KeyFamily.TOKEN || family == KeyFamily.NOTE) {
            keysOf(tenant).stream().filter(k -> k.family() == KeyFamily.LEGACY).forEach(keys::add);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("tenant " + tenant.value() + " has no key for " + family);
        }
        return keys;
    }

    /** The key with this id, read again from the store if another server has just made it. */
    public Optional<DataKey> find(TenantId tenant, String id) {
        Optional<DataKey> known = keysOf(tenant).stream().filter(k -> k.id().equals(id)).findFirst();
        if (known.isPresent()) {
            return known;
        }
        snapshots.remove(tenant);
        return keysOf(tenant).stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** Every key of the tenant, newest first: ids, families and dates only are for showing. */
    public List<DataKey> all(TenantId tenant) {
        return keysOf(tenant);
    }

    /** Makes a new key of the family the one that makes new values; the older ones stay to read and match. */
    public DataKey rotate(TenantId tenant, KeyFamily family, String actor) {
        if (family == KeyFamily.LEGACY) {
            throw new IllegalArgumentException("the keys of before ids cannot be rotated");
        }
        snapshots.remove(tenant);
        int next = keysOf(tenant).stream().filter(k -> k.family() == family).mapToInt(DataKey::number).max().orElse(0) + 1;
        Wrapping current = Wrapping.of(tenant.value(), secrets().current(tenant));
        if (!add(tenant, family, family.prefix() + next, secrets().newKey(tenant, family.prefix() + next), current, actor)) {
            throw new dev.vigil.server.application.shared.ConflictException("another rotation made key " + family.prefix() + next + " at the same moment");
        }
        snapshots.remove(tenant);
        return find(tenant, family.prefix() + next).orElseThrow();
    }

    /** The key for one purpose: HKDF-SHA256 over the key, salted with the tenant, the purpose and key id as info. */
    public byte[] derive(DataKey key, String purpose) {
        if (key.family() == KeyFamily.LEGACY) {
            return legacyDerive(key.material(), purpose);
        }
        return Hkdf.derive(key.material(), "vigil/" + key.tenant(), "vigil/" + purpose + "/" + key.id(), 32);
    }

    /** How keys were derived before they had ids: HMAC-SHA256(secret, "vigil/<purpose>/v1"). Read-only now. */
    static byte[] legacyDerive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("vigil/" + purpose + "/v1").getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private List<DataKey> keysOf(TenantId tenant) {
        Snapshot known = snapshots.get(tenant);
        Instant now = clock.instant();
        if (known != null && known.readAt().plus(REFRESH).isAfter(now)) {
            return known.keys();
        }
        List<TenantKeyStore.StoredKey> rows = store.load(tenant.value());
        if (rows.isEmpty()) {
            throw new IllegalStateException("tenant " + tenant.value() + " has no keys; its secret was never set up");
        }
        Wrapping current = null;
        List<DataKey> keys = new ArrayList<>();
        for (TenantKeyStore.StoredKey row : rows) {
            DataKey key = unwrapped.get(tenant.value() + "/" + row.id());
            if (key == null) {
                current = current == null ? Wrapping.of(tenant.value(), secrets().current(tenant)) : current;
                if (!row.wrappedBy().equals(current.id())) {
                    throw new IllegalStateException("key " + row.id() + " of tenant " + tenant.value()
                            + " is wrapped under another secret; restart with vigil.tenant." + tenant.value() + ".previous-secret");
                }
                key = new DataKey(tenant.value(), row.id(), row.family(), current.unwrap(row.id(), row.wrapped()), row.createdAt());
                unwrapped.put(tenant.value() + "/" + row.id(), key);
            }
            keys.add(key);
        }
        keys.sort(Comparator.comparing(DataKey::family).thenComparing(Comparator.comparingInt(DataKey::number).reversed()));
        List<DataKey> sorted = List.copyOf(keys);
        snapshots.put(tenant, new Snapshot(now, sorted));
        return sorted;
    }

    private boolean add(TenantId tenant, KeyFamily family, String id, byte[] material, Wrapping wrapping, String actor) {
        return store.insert(new TenantKeyStore.StoredKey(tenant.value(), id, family, wrapping.wrap(id, material),
                wrapping.id(), clock.instant(), actor));
    }

    private SecretSource secrets() {
        if (secrets == null) {
            secrets = new TenantSecrets(config, settings); // holds nothing but where to look: a second one made at once is harmless
        }
        return secrets;
    }

    /** For tests: replaces a tenant's fixed secret, the old one given as previous, as an operator would. */
    void changeSecretForTest(TenantId tenant, byte[] secret, boolean keepPrevious) {
        ((FixedSecrets) secrets).change(tenant, secret, keepPrevious);
        unwrapped.keySet().removeIf(k -> k.startsWith(tenant.value() + "/"));
        snapshots.remove(tenant);
    }

    static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
