package org.complaintkit.spi.erasure;

import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * What a key store answers for a key: the key itself when present, else whether it was destroyed or never existed.
 * Its {@link #toString()} never shows the key.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state where the key stands
 * @param keyRef the key's reference, as stored beside each ciphertext
 * @param key the AES key when {@link KeyState#PRESENT}, else null
 */
public record KeyLookup(KeyState state, String keyRef, SecretKey key) {

    /**
     * Checks that a key is given exactly when present.
     *
     * @param state where the key stands
     * @param keyRef the key's reference
     * @param key the key when present, else null
     */
    public KeyLookup {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(keyRef, "keyRef");
        if ((state == KeyState.PRESENT) != (key != null)) {
            throw new IllegalArgumentException("a key is given exactly when it is present");
        }
    }

    /**
     * A key present.
     *
     * @param keyRef the key's reference
     * @param key the AES key
     * @return the lookup
     */
    public static KeyLookup present(String keyRef, SecretKey key) {
        return new KeyLookup(KeyState.PRESENT, keyRef, Objects.requireNonNull(key, "key"));
    }

    /**
     * A key that was destroyed.
     *
     * @param keyRef the key's reference
     * @return the lookup
     */
    public static KeyLookup destroyed(String keyRef) {
        return new KeyLookup(KeyState.DESTROYED, keyRef, null);
    }

    /**
     * A key that never existed.
     *
     * @param keyRef the reference asked for
     * @return the lookup
     */
    public static KeyLookup unknown(String keyRef) {
        return new KeyLookup(KeyState.UNKNOWN, keyRef, null);
    }

    /**
     * Names the state and reference, never the key.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "KeyLookup[" + state + ", " + keyRef + "]";
    }
}
