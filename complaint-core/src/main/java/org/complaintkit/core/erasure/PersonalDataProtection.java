package org.complaintkit.core.erasure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.spi.erasure.KeyLookup;
import org.complaintkit.spi.erasure.KeyState;
import org.complaintkit.spi.erasure.PersonalDataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine does with personal data given a key store: encrypts every plain {@link Sensitive} of the events
 * it is about to store under the complaint's key, decrypts every one it reads, reads one whose key is destroyed as
 * erased, and destroys a complaint's key. Without a key store ({@link #NONE}) it changes nothing: texts are stored
 * plain, as before keys existed.
 *
 * <p>A complaint registered without a key store keeps its texts plain for good, events added later included, so
 * its record is never half encrypted; its erasure is refused ({@code CMP-2281}).
 *
 * <p>Thread-safe if the key store is.
 */
public final class PersonalDataProtection {
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataProtection.class);
    /** No key store: texts are stored as given and read as stored. */
    public static final PersonalDataProtection NONE = new PersonalDataProtection(null);

    private final PersonalDataKeys keys;

    private PersonalDataProtection(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /**
     * Protection under a key store; {@link #NONE} for null.
     *
     * @param keys the key store, or null for none
     * @return the protection
     */
    public static PersonalDataProtection of(PersonalDataKeys keys) {
        return keys == null ? NONE : new PersonalDataProtection(keys);
    }

    /**
     * Tells whether a key store is configured.
     *
     * @return true if texts of new complaints are encrypted
     */
    public boolean enabled() {
        return keys != null;
    }

    /**
     * Tells whether a complaint's history keeps its personal data encrypted: whether the complainant's name in its
     * registration is.
     *
     * @param events the complaint's history, registration first
     * @return true if encrypted (erased included); false for a plain or empty history
     */
    public static boolean encrypted(List<? extends ComplaintEvent> events) {
        return !events.isEmpty() && events.get(0) instanceof ComplaintRegistered registered
                && registered.registration().complainant().name().isEncrypted();
    }

    /**
     * Tells whether a complaint's personal data is erased: whether its registration's complainant name is.
     *
     * @param events the complaint's history, registration first
     * @return true if erased
     */
    public static boolean erased(List<? extends ComplaintEvent> events) {
        return !events.isEmpty() && events.get(0) instanceof ComplaintRegistered registered
                && registered.registration().complainant().name().isErased();
    }

    /**
     * The reference of the key a complaint's personal data is encrypted under, or null if it is plain.
     *
     * @param events the complaint's history, registration first
     * @return the key reference, or null
     */
    public static String keyRef(List<? extends ComplaintEvent> events) {
        return encrypted(events)
                ? ((ComplaintRegistered) events.get(0)).registration().complainant().name().keyRef().orElseThrow()
                : null;
    }

    /**
     * Encrypts the plain texts of events about to be stored: every one for a new complaint (the history empty)
     * or a complaint whose history is encrypted; none for a complaint kept plain, or with no key store.
     *
     * @param id the complaint
     * @param customer the complainant's customer reference
     * @param history the events stored before
     * @param added the events about to be stored
     * @return the events with their texts encrypted (the same list if nothing changed)
     * @throws CommandRefusedException coded ERASED_COMPLAINT_TAKES_NO_PERSONAL_DATA if the complaint's key was
     *     destroyed and an event holds a new text
     * @throws StoreException if the key store fails
     */
    public List<ComplaintEvent> encrypt(ComplaintId id, CustomerRef customer, List<? extends ComplaintEvent> history,
                                        List<ComplaintEvent> added) {
        if (keys == null || !history.isEmpty() && !encrypted(history)) {
            return added;
        }
        KeyLookup[] key = new KeyLookup[1];
        List<ComplaintEvent> out = new ArrayList<>(added.size());
        boolean changed = false;
        // An erasure on the record forbids new texts even while its key is still being destroyed.
        boolean erasedBefore = erasureRecorded(history);
        for (ComplaintEvent event : added) {
            ComplaintEvent mapped = SensitiveWalker.map(event, text -> {
                if (text.isEncrypted()) {
                    return text;
                }
                if (erasedBefore) {
                    throw CommandRefusedException.of(ErrorCode.ERASED_COMPLAINT_TAKES_NO_PERSONAL_DATA, "complaintId",
                            "the personal data of complaint " + id + " was erased; the command would record new "
                                    + "personal data on it");
                }
                if (key[0] == null) {
                    key[0] = Objects.requireNonNull(keys.keyFor(id, customer), "the key store answered null");
                }
                if (key[0].state() != KeyState.PRESENT) {
                    throw CommandRefusedException.of(ErrorCode.ERASED_COMPLAINT_TAKES_NO_PERSONAL_DATA, "complaintId",
                            "the personal data of complaint " + id + " was erased; the command would record new "
                                    + "personal data on it");
                }
                return Sensitive.encrypted(text.reveal(),
                        PersonalDataCipher.encrypt(text.reveal(), key[0].keyRef(), key[0].key()), key[0].keyRef());
            });
            changed |= mapped != event;
            out.add(mapped);
        }
        return changed ? out : added;
    }

    /**
     * Decrypts the encrypted texts of events read from a store; a text whose key was destroyed reads as erased, and
     * so does every text of a history that holds its erasure ({@link PersonalDataErased}), whose key is destroyed
     * now if it is still held. Plain texts, and events with no text, come back as they are.
     *
     * @param events the events as read
     * @return the events with their texts readable or erased (the same list if nothing changed)
     * @throws StoreException coded PERSONAL_DATA_KEY_INVALID if a ciphertext names a key the key store never had
     *     or does not decrypt under its key (it was altered); if the key store fails
     */
    public List<ComplaintEvent> open(List<ComplaintEvent> events) {
        if (keys == null || events.isEmpty()) {
            return events;
        }
        boolean erasedOnRecord = erasureRecorded(events);
        if (erasedOnRecord) {
            completeErasure(events);
        }
        Map<String, KeyLookup> found = new HashMap<>();
        List<ComplaintEvent> out = new ArrayList<>(events.size());
        boolean changed = false;
        for (ComplaintEvent event : events) {
            ComplaintEvent mapped = open(event, found, erasedOnRecord);
            changed |= mapped != event;
            out.add(mapped);
        }
        return changed ? out : events;
    }

    /**
     * Decrypts one event's texts, as {@link #open(List)}.
     *
     * @param event the event as read
     * @return the event with its texts readable or erased
     */
    public ComplaintEvent open(ComplaintEvent event) {
        return keys == null ? event : open(event, new HashMap<>(), false);
    }

    /**
     * Decrypts one event's texts, as {@link #open(List)}, of a history that holds its erasure or not: if it does,
     * every encrypted text reads erased, without the key.
     *
     * @param event the event as read
     * @param erasedOnRecord whether the event's history holds a {@link PersonalDataErased}
     * @return the event with its texts readable or erased
     */
    public ComplaintEvent open(ComplaintEvent event, boolean erasedOnRecord) {
        return keys == null ? event : open(event, new HashMap<>(), erasedOnRecord);
    }

    /**
     * Tells whether a history holds a {@link PersonalDataErased}: its personal data is erased on the record, whatever
     * the key store says (the erasing engine destroys the key right after the append, and may have failed to).
     *
     * @param events the complaint's history
     * @return true if an erasure is recorded
     */
    public static boolean erasureRecorded(List<? extends ComplaintEvent> events) {
        for (ComplaintEvent event : events) {
            if (event instanceof PersonalDataErased) {
                return true;
            }
        }
        return false;
    }

    /**
     * Destroys the key of a history whose erasure is on the record if the key store still holds it: the erasing
     * engine failed after its append ({@code CMP-5090}) or has not destroyed it yet. A key store that fails here is
     * logged, coded, and left for the next read: the texts read erased either way.
     */
    private void completeErasure(List<? extends ComplaintEvent> events) {
        String ref = keyRef(events);
        if (ref == null) {
            return;
        }
        try {
            KeyLookup key = keys.find(ref);
            if (key != null && key.state() == KeyState.PRESENT) {
                keys.destroy(ref);
                LOG.info("complaint {}: its erasure is on the record and its key {} was still held; destroyed now",
                        events.get(0).header().complaintId(), ref);
            }
        } catch (RuntimeException e) {
            LOG.warn("complaint {}: its erasure is on the record but the key store failed to destroy key {} ({}, {});"
                    + " its texts read erased, the next read tries again", events.get(0).header().complaintId(), ref,
                    ErrorCode.ERASURE_KEY_NOT_DESTROYED.code(), e.getClass().getSimpleName());
        }
    }

    private ComplaintEvent open(ComplaintEvent event, Map<String, KeyLookup> found, boolean erasedOnRecord) {
        return SensitiveWalker.map(event, text -> {
            if (!text.isEncrypted() || text.isErased()) {
                return text;
            }
            if (erasedOnRecord) {
                return text.erased();
            }
            String keyRef = text.keyRef().orElseThrow();
            KeyLookup key = found.computeIfAbsent(keyRef, ref -> Objects.requireNonNull(keys.find(ref),
                    "the key store answered null"));
            if (key.state() == KeyState.DESTROYED) {
                return text.erased();
            }
            if (text.isReadable() && key.state() == KeyState.PRESENT) {
                return text;
            }
            if (key.state() == KeyState.UNKNOWN) {
                throw StoreException.of(ErrorCode.PERSONAL_DATA_KEY_INVALID, "keyRef", "complaint "
                        + event.header().complaintId() + " event " + event.sequence() + " is encrypted under key "
                        + keyRef + ", which the key store never had");
            }
            String plain = PersonalDataCipher.decrypt(text.ciphertext().orElseThrow(), key.keyRef(), key.key());
            if (plain == null) {
                throw StoreException.of(ErrorCode.PERSONAL_DATA_KEY_INVALID, "keyRef", "complaint "
                        + event.header().complaintId() + " event " + event.sequence() + " holds a ciphertext that "
                        + "does not decrypt under key " + keyRef + ": it was altered");
            }
            return text.opened(plain);
        });
    }

    /**
     * Returns events as a store is given them: each encrypted text without its text, the ciphertext only
     * ({@link Sensitive#locked}), so no store, the in-memory one included, holds a decrypted text to outlive
     * its key. They encode to the same stored text.
     *
     * @param events the events with their texts encrypted
     * @return the events with their texts locked (the same list if nothing changed)
     */
    public List<ComplaintEvent> locked(List<ComplaintEvent> events) {
        if (keys == null) {
            return events;
        }
        List<ComplaintEvent> out = new ArrayList<>(events.size());
        boolean changed = false;
        for (ComplaintEvent event : events) {
            ComplaintEvent mapped = SensitiveWalker.map(event, text -> text.isEncrypted() && text.isReadable()
                    ? Sensitive.locked(text.ciphertext().orElseThrow(), text.keyRef().orElseThrow()) : text);
            changed |= mapped != event;
            out.add(mapped);
        }
        return changed ? out : events;
    }

    /**
     * Destroys the key a complaint's personal data is encrypted under.
     *
     * @param id the complaint
     * @param history its history, registration first
     * @throws StoreException coded ERASURE_KEY_NOT_DESTROYED if the complaint is not encrypted, the key store
     *     knows no such key or fails
     */
    public void destroy(ComplaintId id, List<? extends ComplaintEvent> history) {
        String ref = keyRef(history);
        if (keys == null || ref == null) {
            throw StoreException.of(ErrorCode.ERASURE_KEY_NOT_DESTROYED, "complaintId", "complaint " + id
                    + " has no key to destroy");
        }
        KeyState before;
        try {
            before = keys.destroy(ref);
        } catch (RuntimeException e) {
            throw StoreException.of(List.of(new Violation(
                    ErrorCode.ERASURE_KEY_NOT_DESTROYED, "complaintId", "the erasure of complaint " + id
                    + " is recorded but the key store failed to destroy key " + ref + " ("
                    + e.getClass().getSimpleName() + "); erase it again")), e);
        }
        if (before == KeyState.UNKNOWN) {
            throw StoreException.of(ErrorCode.ERASURE_KEY_NOT_DESTROYED, "complaintId", "the erasure of complaint "
                    + id + " is recorded but the key store never had key " + ref);
        }
    }
}
