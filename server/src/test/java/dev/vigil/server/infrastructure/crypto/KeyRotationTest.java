package dev.vigil.server.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Keys with ids: rotation loses neither links nor notes, and what was made before ids still reads. */
class KeyRotationTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final byte[] SECRET = filled(5);

    /** What the database holds: the tokens of stored observations. */
    private final Set<String> stored = new HashSet<>();
    private final TokensInUse inUse = (tenant, type, tokens) -> {
        Set<String> found = new HashSet<>(tokens);
        found.retainAll(stored);
        return found;
    };

    private static byte[] filled(int b) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) b);
        return bytes;
    }

    @Test
    void rotatingTheTokenKey_keepsKnownIdentifiersOnTheirToken_andGivesNewOnesTheNewKey() {
        TenantKeyring keyring = TenantKeyring.of(Map.of(ACME, SECRET));
        HmacPseudonymizer pseudonymizer = new HmacPseudonymizer(keyring, inUse);
        String before = pseudonymizer.tokenizerFor(ACME).tokenize(SubjectKind.VEHICLE, "QX-4821");
        assertThat(before).startsWith("vehicle:t1.");
        stored.add(before);
        String fingerprint = pseudonymizer.fingerprint(ACME, "{\"a\":1}");

        assertThat(keyring.rotate(ACME, KeyFamily.TOKEN, "admin").id()).isEqualTo("t2");

        assertThat(pseudonymizer.tokenizerFor(ACME).tokenize(SubjectKind.VEHICLE, "qx 4821")).as("known: its old token").isEqualTo(before);
        String fresh = pseudonymizer.tokenizerFor(ACME).tokenize(SubjectKind.VEHICLE, "ZZ-1");
        assertThat(fresh).startsWith("vehicle:t2.");
        assertThat(pseudonymizer.fingerprint(ACME, "{\"a\":1}")).startsWith("t2.");
        assertThat(pseudonymizer.sameRequest(ACME, "{\"a\":1}", fingerprint)).as("a retry fingerprinted before").isTrue();
        assertThat(pseudonymizer.sameRequest(ACME, "{\"a\":2}", fingerprint)).isFalse();
    }

    @Test
    void rotatingTheNoteKey_keepsOldNotesReadable() {
        TenantKeyring keyring = TenantKeyring.of(Map.of(ACME, SECRET));
        AesGcmNoteCipher cipher = new AesGcmNoteCipher(keyring);
        String old = cipher.encrypt(ACME, "Took towels at the door, third day");
        assertThat(old).startsWith("v2:n1:");
        keyring.rotate(ACME, KeyFamily.NOTE, "admin");
        String fresh = cipher.encrypt(ACME, "Another note");
        assertThat(fresh).startsWith("v2:n2:");
        assertThat(cipher.decrypt(ACME, old)).isEqualTo("Took towels at the door, third day");
        assertThat(cipher.decrypt(ACME, fresh)).isEqualTo("Another note");
        String forged = "v2:n1:" + fresh.substring("v2:n2:".length());
        assertThatThrownBy(() -> cipher.decrypt(ACME, forged)).as("the key id is bound to the ciphertext")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tokensNotesAndFingerprints_madeBeforeKeysHadIds_stillMatchAndOpen() throws Exception {
        InMemoryTenantKeyStore store = new InMemoryTenantKeyStore();
        store.unkeyedData = true;
        TenantKeyring keyring = TenantKeyring.of(Map.of(ACME, SECRET), store);
        assertThat(store.load("acme")).extracting(TenantKeyStore.StoredKey::id).contains("legacy", "t1", "n1", "a1");

        // as version 1 made them: HMAC-SHA256(secret, "vigil/<purpose>/v1") as the purpose key, no key id
        String oldToken = "vehicle:" + base64url(hmac(hmac(SECRET, "vigil/subject-token/v1"), "VEHICLE\u0000QX4821"));
        String oldFingerprint = base64url(hmac(hmac(SECRET, "vigil/request-fingerprint/v1"), "{\"b\":2}"));
        String oldNote = v1Note(hmac(SECRET, "vigil/note-encryption/v1"), "acme", "Written in version 1");
        stored.add(oldToken);

        HmacPseudonymizer pseudonymizer = new HmacPseudonymizer(keyring, inUse);
        assertThat(pseudonymizer.tokenizerFor(ACME).tokenize(SubjectKind.VEHICLE, "QX 4821")).isEqualTo(oldToken);
        assertThat(pseudonymizer.tokenizerFor(ACME).tokenize(SubjectKind.VEHICLE, "NEW 1")).startsWith("vehicle:t1.");
        assertThat(pseudonymizer.sameRequest(ACME, "{\"b\":2}", oldFingerprint)).isTrue();
        assertThat(new AesGcmNoteCipher(keyring).decrypt(ACME, oldNote)).isEqualTo("Written in version 1");
    }

    @Test
    void aNewTenantSecret_rewrapsTheKeys_withTheOldOneGivenAsPrevious_andNothingChanges() {
        TenantKeyring keyring = TenantKeyring.of(Map.of(ACME, SECRET));
        HmacPseudonymizer pseudonymizer = new HmacPseudonymizer(keyring, inUse);
        String token = pseudonymizer.tokenizerFor(ACME).tokenize(SubjectKind.PHONE, "203 555 0199");
        String note = new AesGcmNoteCipher(keyring).encrypt(ACME, "kept");
        String wrappedBefore = keyring.store().load("acme").get(0).wrappedBy();

        keyring.changeSecretForTest(ACME, filled(6), false);
        assertThatThrownBy(() -> keyring.ensure(List.of(ACME))).hasMessageContaining("vigil.tenant.acme.previous-secret");

        keyring.changeSecretForTest(ACME, SECRET, false);
        keyring.changeSecretForTest(ACME, filled(6), true); // the operator names the old one as previous-secret
        assertThat(keyring.ensure(List.of(ACME))).containsExactly(ACME);
        assertThat(keyring.store().load("acme")).allSatisfy(k -> assertThat(k.wrappedBy()).isNotEqualTo(wrappedBefore));
        assertThat(pseudonymizer.tokenizerFor(ACME).tokenize(SubjectKind.PHONE, "2035550199")).isEqualTo(token);
        assertThat(new AesGcmNoteCipher(keyring).decrypt(ACME, note)).isEqualTo("kept");
    }

    @Test
    void theStoreHoldsNoKeyInClear() {
        TenantKeyring keyring = TenantKeyring.of(Map.of(ACME, SECRET));
        DataKey key = keyring.primary(ACME, KeyFamily.NOTE);
        String material = Base64.getEncoder().encodeToString(key.material());
        assertThat(keyring.store().load("acme")).allSatisfy(k -> assertThat(k.wrapped()).doesNotContain(material));
        assertThat(key.toString()).doesNotContain(material);
    }

    private static byte[] hmac(byte[] key, String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String v1Note(byte[] key, String tenant, String text) throws Exception {
        byte[] iv = new byte[12];
        Arrays.fill(iv, (byte) 3);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(tenant.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    }
}
