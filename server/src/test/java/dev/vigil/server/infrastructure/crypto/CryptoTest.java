package dev.vigil.server.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.subject.SubjectTokenizer;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CryptoTest {

    private static final TenantId A = new TenantId("chain-a");
    private static final TenantId B = new TenantId("chain-b");
    private final TenantKeyring keyring = TenantKeyring.of(Map.of(A, filled(7), B, filled(9)));
    private final HmacPseudonymizer pseudonymizer = new HmacPseudonymizer(keyring);
    private final AesGcmNoteCipher cipher = new AesGcmNoteCipher(keyring);

    private static byte[] filled(int b) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) b);
        return bytes;
    }

    @Test
    void tokens_areStable_perKind_andPerTenant() {
        SubjectTokenizer a = pseudonymizer.tokenizerFor(A);
        SubjectTokenizer b = pseudonymizer.tokenizerFor(B);
        assertThat(a.tokenize(SubjectKind.PHONE, "+1 (860) 555-0100")).isEqualTo(a.tokenize(SubjectKind.PHONE, "18605550100"));
        assertThat(a.tokenize(SubjectKind.PHONE, "18605550100")).isNotEqualTo(a.tokenize(SubjectKind.PAYER, "18605550100"));
        assertThat(a.tokenize(SubjectKind.GUEST, "Jane  Doe")).isEqualTo(a.tokenize(SubjectKind.GUEST, "jane doe"));
        assertThat(a.tokenize(SubjectKind.VEHICLE, "AB-123")).isNotEqualTo(b.tokenize(SubjectKind.VEHICLE, "AB-123"));
        assertThat(a.tokenize(SubjectKind.VEHICLE, "AB-123")).startsWith("vehicle:").doesNotContain("AB").doesNotContain("123");
    }

    @Test
    void tokens_matchAnIndependentComputation_hkdfThenHmac_andNameTheirKey() throws Exception {
        DataKey key = keyring.primary(A, KeyFamily.TOKEN);
        assertThat(key.id()).isEqualTo("t1");
        byte[] purposeKey = new byte[32];
        org.bouncycastle.crypto.generators.HKDFBytesGenerator hkdf =
                new org.bouncycastle.crypto.generators.HKDFBytesGenerator(new org.bouncycastle.crypto.digests.SHA256Digest());
        hkdf.init(new org.bouncycastle.crypto.params.HKDFParameters(key.material(),
                "vigil/chain-a".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "vigil/subject-token/t1".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        hkdf.generateBytes(purposeKey, 0, 32);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(purposeKey, "HmacSHA256"));
        String expected = "vehicle:t1." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("VEHICLE\u0000AB123".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(pseudonymizer.tokenizerFor(A).tokenize(SubjectKind.VEHICLE, "ab 123")).isEqualTo(expected);
    }

    @Test
    void identifiersAreNormalised_invisibleCharactersGone_beforeTheyAreHashed() {
        SubjectTokenizer a = pseudonymizer.tokenizerFor(A);
        assertThat(a.tokenize(SubjectKind.VEHICLE, "AB\u200b123")).isEqualTo(a.tokenize(SubjectKind.VEHICLE, "AB123"));
        assertThat(a.tokenize(SubjectKind.GUEST, "Jane\u00adDoe")).isEqualTo(a.tokenize(SubjectKind.GUEST, "janedoe"));
        assertThat(a.tokenize(SubjectKind.PHONE, "\uff18\uff16\uff10 555 0100")).isEqualTo(a.tokenize(SubjectKind.PHONE, "860 555 0100"));
    }

    @Test
    void notes_roundTrip_andDoNotDecryptUnderAnotherTenant() {
        String sealed = cipher.encrypt(A, "Shouting heard from room 214 at 02:10");
        assertThat(sealed).doesNotContain("Shouting heard");
        assertThat(cipher.encrypt(A, "same")).isNotEqualTo(cipher.encrypt(A, "same"));
        assertThat(cipher.decrypt(A, sealed)).isEqualTo("Shouting heard from room 214 at 02:10");
        assertThatThrownBy(() -> cipher.decrypt(B, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fingerprints_differPerTenant_andRevealNothing() {
        String body = "{\"subjects\":{\"vehicle\":\"AB123\"}}";
        assertThat(pseudonymizer.fingerprint(A, body)).isEqualTo(pseudonymizer.fingerprint(A, body))
                .isNotEqualTo(pseudonymizer.fingerprint(B, body)).doesNotContain("AB123");
    }
}
