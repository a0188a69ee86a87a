package org.complaintkit.spi.integrity;

import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * One version of the key behind the seals: a number the store records beside every seal made with it, and the
 * secret the HMAC-SHA-256 seals are computed under. The secret is a {@link SecretKey}, so an HSM or a KMS can
 * hand out a handle whose material never leaves it (a PKCS#11 key works as long as its provider computes
 * HmacSHA256).
 *
 * <p>Version {@link #LEGACY} (0) is what every seal made before key versions existed records: the key of a
 * plain keyed sealer, or no key at all for the unkeyed SHA-256 default ({@link #unkeyedLegacy()}). Versions
 * given to new keys are positive. A version, once it has sealed an event, must always name the same secret:
 * a verifier finds the key of a seal by its version alone.
 *
 * <p>Immutable and thread-safe. The secret never appears in {@link #toString()}; two keys are equal only if
 * they are the same object.
 */
public final class SealKey {

    /** The version recorded with seals made before key versions existed, and by a sealer of one key. */
    public static final int LEGACY = 0;

    private final int version;
    private final SecretKey secret;

    private SealKey(int version, SecretKey secret) {
        this.version = version;
        this.secret = secret;
    }

    /**
     * A keyed version: seals made with it are HMAC-SHA-256 under the secret.
     *
     * @param version the version, {@link #LEGACY} for the key seals without a recorded version were made with,
     *     else positive (checked where keys are put together into a ring)
     * @param secret the secret, for the algorithm HmacSHA256
     * @return the key
     */
    public static SealKey of(int version, SecretKey secret) {
        return new SealKey(version, Objects.requireNonNull(secret, "secret"));
    }

    /**
     * The legacy version of a store sealed with the unkeyed SHA-256 default: version {@link #LEGACY}, no
     * secret. It can only verify; a ring never seals with it.
     *
     * @return the unkeyed legacy version
     */
    public static SealKey unkeyedLegacy() {
        return new SealKey(LEGACY, null);
    }

    /**
     * Returns the version recorded beside the seals this key makes.
     *
     * @return the version
     */
    public int version() {
        return version;
    }

    /**
     * Returns the secret.
     *
     * @return the secret, or empty for the unkeyed legacy version
     */
    public Optional<SecretKey> secret() {
        return Optional.ofNullable(secret);
    }

    /**
     * Names the version and whether it is keyed, never the secret.
     *
     * @return for example {@code SealKey[version=2, keyed]}
     */
    @Override
    public String toString() {
        return "SealKey[version=" + version + ", " + (secret == null ? "unkeyed" : "keyed") + "]";
    }
}
