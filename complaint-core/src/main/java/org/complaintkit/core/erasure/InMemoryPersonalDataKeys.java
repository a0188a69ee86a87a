package org.complaintkit.core.erasure;

import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.spi.erasure.KeyLookup;
import org.complaintkit.spi.erasure.KeyState;
import org.complaintkit.spi.erasure.PersonalDataKeys;

/**
 * Personal-data keys in memory, one AES-256 key per complaint, its reference the complaint id. For tests and for
 * an engine whose store lives no longer than the JVM: the keys die with it, and so does every complaint's personal
 * data. A destroyed key's reference is remembered, so it reads {@link KeyState#DESTROYED}, not unknown.
 *
 * <p>Thread-safe.
 */
public final class InMemoryPersonalDataKeys implements PersonalDataKeys {
    /** The mark of a destroyed key in the map. */
    private static final Object DESTROYED = new Object();

    private final Map<String, Object> keys = new ConcurrentHashMap<>();

    /** Creates an empty key store. */
    public InMemoryPersonalDataKeys() {
    }

    @Override
    public KeyLookup keyFor(ComplaintId complaint, CustomerRef customer) {
        String ref = Objects.requireNonNull(complaint, "complaint").value();
        Object key = keys.computeIfAbsent(ref, r -> newKey());
        return key == DESTROYED ? KeyLookup.destroyed(ref) : KeyLookup.present(ref, (SecretKey) key);
    }

    @Override
    public KeyLookup find(String keyRef) {
        Object key = keys.get(Objects.requireNonNull(keyRef, "keyRef"));
        if (key == null) {
            return KeyLookup.unknown(keyRef);
        }
        return key == DESTROYED ? KeyLookup.destroyed(keyRef) : KeyLookup.present(keyRef, (SecretKey) key);
    }

    @Override
    public KeyState destroy(String keyRef) {
        Objects.requireNonNull(keyRef, "keyRef");
        while (true) {
            Object key = keys.get(keyRef);
            if (key == null) {
                return KeyState.UNKNOWN;
            }
            if (key == DESTROYED) {
                return KeyState.DESTROYED;
            }
            if (keys.replace(keyRef, key, DESTROYED)) {
                return KeyState.PRESENT;
            }
        }
    }

    /**
     * A fresh AES-256 key.
     *
     * @return the key
     */
    static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the platform has no AES key generator", e);
        }
    }
}
