package org.complaintkit.spi.integrity;

import java.util.Optional;

/**
 * The versions of the key behind the seals, which a host supplies: the one new seals are made with, and every
 * version a stored seal may name. Rotating the key is making another version current; seals made before stay
 * as they are and keep verifying under the version they record, as long as this still returns it.
 *
 * <p>A host backs this with its key store, HSM or KMS; the core's {@code SealKeyRing} holds keys in memory.
 * Implementations are thread-safe, and a version, once returned, always names the same secret. A version
 * no longer returned (a retired key deleted) makes every seal made with it unverifiable: the verifier then
 * reports those events, naming the version, rather than passing over them.
 */
public interface SealKeys {

    /**
     * Returns the version new seals are made with. May change between calls (a rotation); each append is
     * sealed with one version, read once.
     *
     * @return the current key, always keyed
     */
    SealKey current();

    /**
     * Finds a version a stored seal names.
     *
     * @param version the version recorded beside the seal
     * @return the key, or empty if this ring does not hold the version (never held it, or it was deleted)
     */
    Optional<SealKey> byVersion(int version);
}
