package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * What an erasure does to the outbox, where no key reaches: a notice's rendered text and its recipient's contact
 * point are stored as they were derived, so destroying the complaint's key would leave them readable. In the same
 * append as the {@link PersonalDataErased} event every entry of the complaint loses them: its subject, text and every
 * parameter read {@value Sensitive#ERASED_MARKER}, and so does the contact point's address ({@link #erased}). A notice
 * not yet delivered is ended dead, unsent, with the reason coded {@code CMP-2284}, and a {@link NoticeFailed} with
 * that reason on the history says so; a dead one stays dead with its reason; a delivered one stays delivered (its
 * proof, {@code NoticeDelivered}, is on the history) for the outbox's retention.
 *
 * <p>A notice derived after the erasure for the complainant, or anyone else reached at a contact point that reads
 * erased, is written dead and erased, coded {@code CMP-2285} ({@link #withoutErasedContacts}), never pending.
 *
 * <p>Reconciliation takes an erased entry for the notice its source event causes when the history holds the erasure
 * and the derived notice, erased the same way, is that entry. Thread-safe (no state).
 */
final class ErasedNotices {
    /** The reason of a notice the erasure ended unsent. */
    static final String CANCELLED = ErrorCode.NOTICE_CANCELLED_BY_ERASURE.code()
            + ": the complaint's personal data was erased; not sent";
    /** The reason of a notice derived after the erasure for an erased contact point. */
    static final String CONTACT_ERASED = ErrorCode.NOTICE_CONTACT_ERASED.code()
            + ": the recipient's contact point is erased; not sent";
    private static final String NONE = "none";

    private ErasedNotices() {
    }

    /**
     * The outbox updates and history events of an erasure.
     *
     * @param events a {@link NoticeFailed} for each notice ended unsent, in the entries' order
     * @param updates every entry of the complaint that held personal data, erased
     */
    record Effect(List<ComplaintEvent> events, List<OutboxEntry> updates) {
    }

    /**
     * What the erasure of a complaint does to its outbox entries.
     *
     * @param id the complaint
     * @param outbox its entries as the store holds them at the history's version
     * @param firstSequence the sequence number of the first event after the erasure's own
     * @param actor who erases
     * @param at the instant of the erasure's append
     * @return the events and updates
     */
    static Effect atErasure(ComplaintId id, List<OutboxEntry> outbox, long firstSequence, Actor actor, Instant at) {
        List<ComplaintEvent> events = new ArrayList<>();
        List<OutboxEntry> updates = new ArrayList<>();
        long sequence = firstSequence;
        for (OutboxEntry entry : outbox) {
            if (isErased(entry.notification())) {
                continue;
            }
            Notification erased = erased(entry.notification());
            if (entry.status() == OutboxStatus.PENDING) {
                Recipient recipient = erased.recipients().get(0);
                events.add(new NoticeFailed(new EventHeader(id, sequence++, at, actor), entry.dedupeKey(),
                        erased.type(), recipient, NONE, entry.attempts() + 1, CANCELLED, null));
                updates.add(new OutboxEntry(entry.dedupeKey(), id, entry.sourceSequence(), erased, OutboxStatus.DEAD,
                        entry.attempts() + 1, entry.createdAt(), null, null, CANCELLED));
            } else {
                updates.add(new OutboxEntry(entry.dedupeKey(), id, entry.sourceSequence(), erased, entry.status(),
                        entry.attempts(), entry.createdAt(), null, null, entry.lastFailure()));
            }
        }
        return new Effect(events, updates);
    }

    /**
     * Notices just derived for a complaint whose personal data is erased, with every one addressed to a contact
     * point that reads erased written dead, erased and coded {@code CMP-2285} instead of pending.
     *
     * @param planned the notices derived
     * @return the notices to store (the same list if none is addressed so)
     */
    static List<OutboxEntry> withoutErasedContacts(List<OutboxEntry> planned) {
        List<OutboxEntry> out = null;
        for (int i = 0; i < planned.size(); i++) {
            OutboxEntry entry = planned.get(i);
            if (toErasedContact(entry.notification())) {
                if (out == null) {
                    out = new ArrayList<>(planned);
                }
                out.set(i, new OutboxEntry(entry.dedupeKey(), entry.complaintId(), entry.sourceSequence(),
                        erased(entry.notification()), OutboxStatus.DEAD, entry.attempts(), entry.createdAt(), null,
                        null, CONTACT_ERASED));
            }
        }
        return out == null ? planned : out;
    }

    /** Whether a notice goes to a contact point whose address reads erased. */
    static boolean toErasedContact(Notification notice) {
        for (Recipient recipient : notice.recipients()) {
            ContactPoint contact = recipient.contact();
            if (contact != null && contact.address() != null && contact.address().isErased()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A notice with its personal data replaced by the erased marker: the subject, the text, every parameter's value
     * and each recipient's contact address. The kind, recipients' kinds and references, template, parameters'
     * names, language and key stay.
     *
     * @param notice the notice
     * @return the erased notice
     */
    static Notification erased(Notification notice) {
        Map<String, String> parameters = new LinkedHashMap<>();
        notice.parameters().keySet().forEach(name -> parameters.put(name, Sensitive.ERASED_MARKER));
        List<Recipient> recipients = notice.recipients().stream().map(r -> r.contact() == null ? r
                : new Recipient(r.kind(), r.reference(), new ContactPoint(r.contact().method(),
                        r.contact().address() == null ? null : Sensitive.of(Sensitive.ERASED_MARKER)))).toList();
        return new Notification(notice.complaintId(), notice.type(), recipients, notice.templateKey(), parameters,
                notice.locale(), notice.dedupeKey(), Sensitive.ERASED_MARKER, Sensitive.ERASED_MARKER);
    }

    /**
     * A notice with each contact address held as its text, not as the complaint's ciphertext of it: the form the
     * outbox keeps (a sender reads the address; a store that encodes the notice would keep the ciphertext, which no
     * sender can read) and the form reconciliation compares, since a text and its ciphertext are not equal values.
     * An erased address stays erased. The erasure takes the address out ({@link #atErasure}).
     *
     * @param notice the notice as derived
     * @return the notice with plain contact addresses (the same notice if none is encrypted)
     */
    static Notification withPlainContacts(Notification notice) {
        boolean encrypted = false;
        for (Recipient recipient : notice.recipients()) {
            encrypted |= recipient.contact() != null && recipient.contact().address() != null
                    && recipient.contact().address().isEncrypted() && recipient.contact().address().isReadable();
        }
        if (!encrypted) {
            return notice;
        }
        List<Recipient> recipients = notice.recipients().stream().map(r -> r.contact() == null
                || r.contact().address() == null || !r.contact().address().isEncrypted()
                || !r.contact().address().isReadable() ? r
                : new Recipient(r.kind(), r.reference(), new ContactPoint(r.contact().method(),
                        Sensitive.of(r.contact().address().reveal())))).toList();
        return new Notification(notice.complaintId(), notice.type(), recipients, notice.templateKey(),
                notice.parameters(), notice.locale(), notice.dedupeKey(), notice.subject(), notice.body());
    }

    /**
     * Outbox entries with {@link #withPlainContacts} notices.
     *
     * @param planned the entries as derived
     * @return the entries (the same list if no contact is encrypted)
     */
    static List<OutboxEntry> withPlainContacts(List<OutboxEntry> planned) {
        List<OutboxEntry> out = null;
        for (int i = 0; i < planned.size(); i++) {
            OutboxEntry entry = planned.get(i);
            Notification plain = withPlainContacts(entry.notification());
            if (plain != entry.notification()) {
                if (out == null) {
                    out = new ArrayList<>(planned);
                }
                out.set(i, new OutboxEntry(entry.dedupeKey(), entry.complaintId(), entry.sourceSequence(), plain,
                        entry.status(), entry.attempts(), entry.createdAt(), entry.nextAttemptAt(),
                        entry.leasedUntil(), entry.lastFailure()));
            }
        }
        return out == null ? planned : out;
    }

    /**
     * Tells whether a notice is in its erased form ({@link #erased}).
     *
     * @param notice the notice
     * @return true if its subject, text and every parameter read the erased marker
     */
    static boolean isErased(Notification notice) {
        return Sensitive.ERASED_MARKER.equals(notice.subject()) && Sensitive.ERASED_MARKER.equals(notice.body())
                && notice.parameters().values().stream().allMatch(Sensitive.ERASED_MARKER::equals);
    }

    /**
     * The sequence number of the history's first {@link PersonalDataErased}, or 0 if it holds none.
     *
     * @param history the complaint's events
     * @return the sequence number, or 0
     */
    static long erasureAt(List<? extends ComplaintEvent> history) {
        for (ComplaintEvent event : history) {
            if (event instanceof PersonalDataErased) {
                return event.sequence();
            }
        }
        return 0;
    }
}
