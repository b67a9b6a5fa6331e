package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.application.privacy.NoteCipher;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Adapter that encrypts notes with AES-256-GCM under the tenant's note key. The stored form is
 * {@code v2:<key id>:<base64(iv ‖ ciphertext ‖ tag)>}, with tenant and key id bound as associated data,
 * so a note copied into another tenant's rows does not decrypt, and a rotated note key still opens the
 * notes made before. Notes made before keys had ids ({@code v1:}, the tenant id as associated data)
 * are read with the kept secret of that time.
 */
@ApplicationScoped
public class AesGcmNoteCipher implements NoteCipher {

    private static final String PURPOSE = "note-encryption";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TenantKeyring keyring;

    protected AesGcmNoteCipher() {
        // for CDI
    }

    @Inject
    public AesGcmNoteCipher(TenantKeyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public String encrypt(TenantId tenant, String plaintext) {
        DataKey key = keyring.primary(tenant, KeyFamily.NOTE);
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(javax.crypto.Cipher.ENCRYPT_MODE, keyring.derive(key, PURPOSE), aad(tenant, key.id()), iv,
                plaintext.getBytes(StandardCharsets.UTF_8));
        return "v2:" + key.id() + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv).put(sealed).array());
    }

    @Override
    public String decrypt(TenantId tenant, String ciphertext) {
        String keyId;
        String body;
        byte[] aad;
        if (ciphertext.startsWith("v2:")) {
            int colon = ciphertext.indexOf(':', 3);
            if (colon < 0) {
                throw new IllegalStateException("unknown note format");
            }
            keyId = ciphertext.substring(3, colon);
            body = ciphertext.substring(colon + 1);
            aad = aad(tenant, keyId);
        } else if (ciphertext.startsWith("v1:")) {
            keyId = "legacy";
            body = ciphertext.substring(3);
            aad = tenant.value().getBytes(StandardCharsets.UTF_8);
        } else {
            throw new IllegalStateException("unknown note format");
        }
        DataKey key = keyring.find(tenant, keyId).orElseThrow(() -> new IllegalStateException("note key " + keyId + " is unknown"));
        byte[] all = Base64.getDecoder().decode(body);
        return new String(run(javax.crypto.Cipher.DECRYPT_MODE, keyring.derive(key, PURPOSE), aad,
                Arrays.copyOfRange(all, 0, IV_BYTES), Arrays.copyOfRange(all, IV_BYTES, all.length)), StandardCharsets.UTF_8);
    }

    private static byte[] aad(TenantId tenant, String keyId) {
        return (tenant.value() + "/" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, byte[] key, byte[] aad, byte[] iv, byte[] input) {
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new javax.crypto.spec.SecretKeySpec(key, "AES"), new javax.crypto.spec.GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("note could not be " + (mode == javax.crypto.Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"), e);
        }
    }
}
