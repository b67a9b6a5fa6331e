package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.application.privacy.NoteCipher;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Adapter that encrypts notes with AES-256-GCM under the tenant's note key. The stored form is
 * {@code v1:<base64(iv ‖ ciphertext ‖ tag)>}; the tenant id is bound as associated data, so a note
 * copied into another tenant's rows does not decrypt.
 */
@ApplicationScoped
public class AesGcmNoteCipher implements NoteCipher {

    private static final String PREFIX = "v1:";
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
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, tenant, iv, plaintext.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv).put(sealed).array());
    }

    @Override
    public String decrypt(TenantId tenant, String ciphertext) {
        if (!ciphertext.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown note format");
        }
        byte[] all = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
        byte[] iv = java.util.Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, tenant, iv, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, TenantId tenant, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keyring.key(tenant, "note-encryption"), "AES"),
                    new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("note could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"), e);
        }
    }
}
