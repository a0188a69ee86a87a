package org.complaintkit.core.erasure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM over a sensitive text: a random 96-bit nonce, a 128-bit tag, the key's reference as associated data (so
 * a ciphertext moved under another key's reference does not decrypt). The stored form is base64 of nonce then
 * ciphertext and tag. Thread-safe.
 */
final class PersonalDataCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    /**
     * Encrypts a text.
     *
     * @throws IllegalStateException if the platform refuses AES-GCM or the key
     */
    static String encrypt(String text, String keyRef, SecretKey key) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyRef.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused the personal-data key (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /**
     * Decrypts a text, or returns null if the ciphertext does not decrypt under the key (altered, or another
     * key's).
     */
    static String decrypt(String ciphertext, String keyRef, SecretKey key) {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(ciphertext);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(keyRef.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused the personal-data key (" + e.getClass().getSimpleName()
                    + ")");
        }
    }
}
