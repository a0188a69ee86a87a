package org.complaintkit.spi.erasure;

import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;

/**
 * Keeps the keys a complaint's personal data is encrypted under. An engine given one encrypts every
 * {@link org.complaintkit.api.complaint.Sensitive} of each complaint registered since, and erases a complaint's
 * personal data by destroying its key: the stored ciphertext then reads as erased, while the events and their
 * seals stay as they were.
 *
 * <p>Keep the keys apart from the events and from the events' backups: a key table in the same database, backed
 * up with it, would bring a destroyed key back with the next restore and defeat the erasure.
 *
 * <p>Implementations must be thread-safe. {@link #destroy} must be idempotent, and a destroyed key must stay
 * known as destroyed ({@link KeyState#DESTROYED}), distinct from a key that never existed ({@link KeyState#UNKNOWN}).
 */
public interface PersonalDataKeys {

    /**
     * Returns the key a complaint's personal data is encrypted under, creating it on the first call. A store
     * that keeps one key per customer may return the customer's key for each of their complaints.
     *
     * @param complaint the complaint
     * @param customer the complainant's customer reference
     * @return the key present, or, if it was destroyed, the lookup saying so (never a new key for an erased
     *     complaint)
     * @throws org.complaintkit.api.error.StoreException if the key store fails
     */
    KeyLookup keyFor(ComplaintId complaint, CustomerRef customer);

    /**
     * Looks a key up by the reference stored beside a ciphertext.
     *
     * @param keyRef the key reference
     * @return the key, or whether it was destroyed or never existed
     * @throws org.complaintkit.api.error.StoreException if the key store fails
     */
    KeyLookup find(String keyRef);

    /**
     * Destroys a key for good, so nothing encrypted under it can be read again. Idempotent: destroying a key
     * destroyed before changes nothing.
     *
     * @param keyRef the key reference
     * @return {@link KeyState#PRESENT} if this call destroyed it, {@link KeyState#DESTROYED} if it was destroyed
     *     before, {@link KeyState#UNKNOWN} if it never existed
     * @throws org.complaintkit.api.error.StoreException if the key store fails
     */
    KeyState destroy(String keyRef);
}
