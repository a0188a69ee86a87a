package org.complaintkit.core.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.spi.integrity.SealKey;
import org.complaintkit.spi.integrity.SealKeys;

/**
 * Versions of the seal key held in memory: every version stored seals may name, and the current one new seals
 * are made with. For tests, examples and hosts that load their keys at start; a host with an HSM or a KMS
 * implements {@link SealKeys} over it instead. Give it to the engine and the verifiers with
 * {@link EventSealer#rotating}.
 *
 * <p>Version 0 ({@link SealKey#LEGACY}) is the key of the seals stored before key versions existed: the key
 * the host's plain keyed sealer used ({@link Builder#legacyKey}), or no key for the unkeyed default
 * ({@link Builder#legacyUnkeyed}). To rotate, build a ring with one more version and make it current; keep
 * every earlier version a stored seal names, or those events no longer verify.
 *
 * <p>Immutable and thread-safe. Key material never appears in {@link #toString()} or in an exception.
 *
 * <pre>{@code
 * SealKeyRing keys = SealKeyRing.builder().legacyKey(oldKey).key(1, newKey).current(1).build();
 * ComplaintEngine engine = ComplaintEngine.builder().sealer(EventSealer.rotating(keys)).build();
 * }</pre>
 */
public final class SealKeyRing implements SealKeys {

    /** The fewest bytes a seal key given as bytes has. */
    public static final int MIN_KEY_BYTES = 16;

    private final Map<Integer, SealKey> keys;
    private final SealKey current;

    private SealKeyRing(Map<Integer, SealKey> keys, SealKey current) {
        this.keys = keys;
        this.current = current;
    }

    /**
     * Starts a ring.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SealKey current() {
        return current;
    }

    @Override
    public Optional<SealKey> byVersion(int version) {
        return Optional.ofNullable(keys.get(version));
    }

    /**
     * Returns the versions this ring holds.
     *
     * @return the versions, in ascending order
     */
    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(keys.keySet()));
    }

    /**
     * A ring with another version made current: the rotation itself. This ring is unchanged.
     *
     * @param version the new version, greater than every version this ring holds
     * @param material the new key, at least {@value #MIN_KEY_BYTES} bytes; copied
     * @return the ring holding every version of this one and the new one, current
     * @throws ConfigurationException listing every violation (CMP-5080..5086): a version held already, a version
     *     not above the current one, a short key
     */
    public SealKeyRing rotateTo(int version, byte[] material) {
        Builder next = builder();
        keys.values().forEach(next::key);
        if (version <= current.version()) {
            next.violations.add(new Violation(ErrorCode.SEAL_KEY_VERSION_INVALID, "sealKeys[" + version + "]",
                    "a rotation's version must be above the current version " + current.version()));
        }
        return next.key(version, material).current(version).build();
    }

    /**
     * A ring without a retired version: every seal it made no longer verifies (the verifier names the version,
     * {@link BreakKind#UNKNOWN_KEY}). This ring is unchanged.
     *
     * @param version the version to drop; not the current one
     * @return the ring without it
     * @throws ConfigurationException coded SEAL_KEY_CURRENT_UNKNOWN (CMP-5082) if the version is the current one
     */
    public SealKeyRing without(int version) {
        Builder next = builder();
        keys.values().stream().filter(key -> key.version() != version).forEach(next::key);
        return next.current(current.version()).build();
    }

    /**
     * Names the versions and the current one, never a key.
     *
     * @return for example {@code SealKeyRing[versions=[0, 1, 2], current=2]}
     */
    @Override
    public String toString() {
        return "SealKeyRing[versions=" + versions() + ", current=" + current.version() + "]";
    }

    /**
     * Puts a ring together; {@link #build()} checks everything at once. Not thread-safe.
     */
    public static final class Builder {
        private final List<SealKey> given = new ArrayList<>();
        private final List<Violation> violations = new ArrayList<>();
        /** Versions given with a key refused, which still count for duplicates and the current version. */
        private final List<Integer> refused = new ArrayList<>();
        private Integer current;

        private Builder() {
        }

        /**
         * Adds the key the seals stored without a version were made with: a plain keyed sealer's key.
         *
         * @param material the key, at least {@value #MIN_KEY_BYTES} bytes; copied
         * @return this builder
         */
        public Builder legacyKey(byte[] material) {
            return key(SealKey.LEGACY, material);
        }

        /**
         * Adds the unkeyed legacy version: the seals stored without a version were made by the unkeyed SHA-256
         * default. Anyone who can write the store can recompute such seals; see docs/security.md.
         *
         * @return this builder
         */
        public Builder legacyUnkeyed() {
            given.add(SealKey.unkeyedLegacy());
            return this;
        }

        /**
         * Adds a version given as bytes.
         *
         * @param version the version: 0 for the legacy key, else positive
         * @param material the key, at least {@value #MIN_KEY_BYTES} bytes (32 recommended); copied
         * @return this builder
         */
        public Builder key(int version, byte[] material) {
            if (material == null || material.length < MIN_KEY_BYTES) {
                violations.add(new Violation(ErrorCode.SEAL_KEY_TOO_SHORT, "sealKeys[" + version + "]",
                        "seal key version " + version + " must have at least " + MIN_KEY_BYTES + " bytes"));
                refused.add(version);
                return this;
            }
            given.add(SealKey.of(version, new SecretKeySpec(Arrays.copyOf(material, material.length), "HmacSHA256")));
            return this;
        }

        /**
         * Adds a version whose secret the host holds as a key object (an HSM's handle).
         *
         * @param key the version
         * @return this builder
         */
        public Builder key(SealKey key) {
            if (key == null) {
                violations.add(new Violation(ErrorCode.SEAL_KEY_TOO_SHORT, "sealKeys", "a seal key is missing"));
                return this;
            }
            Optional<SecretKey> secret = key.secret();
            byte[] encoded = secret.map(SecretKey::getEncoded).orElse(null);
            if (encoded != null && encoded.length < MIN_KEY_BYTES) {
                violations.add(new Violation(ErrorCode.SEAL_KEY_TOO_SHORT, "sealKeys[" + key.version() + "]",
                        "seal key version " + key.version() + " must have at least " + MIN_KEY_BYTES + " bytes"));
            }
            if (encoded != null) {
                Arrays.fill(encoded, (byte) 0);
            }
            given.add(key);
            return this;
        }

        /**
         * Names the version new seals are made with.
         *
         * @param version a keyed version this ring holds
         * @return this builder
         */
        public Builder current(int version) {
            this.current = version;
            return this;
        }

        /**
         * Checks everything and makes the ring.
         *
         * @return the ring
         * @throws ConfigurationException listing every violation: duplicate versions (CMP-5080), no current
         *     version (CMP-5081), a current version not held or unkeyed (CMP-5082), a short or missing key
         *     (CMP-5083), a negative version (CMP-5084), no key at all (CMP-5085)
         */
        public SealKeyRing build() {
            List<Violation> found = new ArrayList<>(violations);
            TreeMap<Integer, SealKey> byVersion = new TreeMap<>();
            List<Integer> all = new ArrayList<>(refused);
            given.forEach(key -> all.add(key.version()));
            TreeSet<Integer> versions = new TreeSet<>();
            TreeSet<Integer> duplicates = new TreeSet<>();
            for (int version : all) {
                if (!versions.add(version)) {
                    duplicates.add(version);
                }
                if (version < 0) {
                    found.add(new Violation(ErrorCode.SEAL_KEY_VERSION_INVALID, "sealKeys[" + version + "]",
                            "seal key version " + version + " is negative"));
                }
            }
            given.forEach(key -> byVersion.putIfAbsent(key.version(), key));
            for (int version : duplicates) {
                found.add(new Violation(ErrorCode.SEAL_KEY_VERSION_DUPLICATE, "sealKeys[" + version + "]",
                        "seal key version " + version + " is given more than once"));
            }
            if (all.isEmpty()) {
                found.add(new Violation(ErrorCode.SEAL_KEY_RING_EMPTY, "sealKeys", "the ring holds no key"));
            }
            SealKey now = null;
            if (current == null) {
                found.add(new Violation(ErrorCode.SEAL_KEY_NO_CURRENT, "sealKeys.current",
                        "the ring names no current version"));
            } else if (!versions.contains(current)) {
                found.add(new Violation(ErrorCode.SEAL_KEY_CURRENT_UNKNOWN, "sealKeys.current",
                        "the current version " + current + " is not one of the ring's versions " + versions));
            } else {
                now = byVersion.get(current);
                if (now != null && now.secret().isEmpty()) {
                    found.add(new Violation(ErrorCode.SEAL_KEY_CURRENT_UNKNOWN, "sealKeys.current",
                            "the current version " + current + " is the unkeyed legacy version, which only verifies"));
                }
            }
            if (!found.isEmpty()) {
                throw new ConfigurationException(found);
            }
            return new SealKeyRing(Collections.unmodifiableMap(byVersion), now);
        }
    }
}
