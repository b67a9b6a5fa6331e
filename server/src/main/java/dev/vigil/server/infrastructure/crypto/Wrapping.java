package dev.vigil.server.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tenant secret in its one use: wrapping the tenant's keys (AES-256-GCM under a key derived with HKDF,
 * the tenant and key id bound as associated data), and a short id that says which secret wrapped a key
 * without revealing anything of it.
 */
record Wrapping(String tenant, byte[] secret, byte[] key, String id) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static Wrapping of(String tenant, byte[] secret) {
        return new Wrapping(tenant, secret, Hkdf.derive(secret, "vigil/" + tenant, "vigil/key-wrapping/v2", 32),
                TenantKeyring.base64(Hkdf.derive(secret, "vigil/" + tenant, "vigil/secret-id/v2", 12)));
    }

    String wrap(String keyId, byte[] material) {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keyId, iv, material);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    byte[] unwrap(String keyId, String wrapped) {
        byte[] all = Base64.getDecoder().decode(wrapped);
        return run(Cipher.DECRYPT_MODE, keyId, Arrays.copyOfRange(all, 0, 12), Arrays.copyOfRange(all, 12, all.length));
    }

    private byte[] run(int mode, String keyId, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD((tenant + "/" + keyId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key " + keyId + " of tenant " + tenant + " does not open with its tenant secret");
        }
    }

    @Override
    public String toString() {
        return "Wrapping[" + tenant + "/" + id + "]";
    }
}
