package org.complaintkit.core.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.core.access.PersonalDataMask;
import org.complaintkit.spi.notification.Recipient;

/**
 * How one reader reads a case file: times in the engine's zone, in ISO form; and the texts people wrote, with
 * the right to personal data as written, without it with every kind of personal data {@link PersonalDataMask}
 * knows masked and the complainant's own name looked for in them, as {@code ComplaintViews.forReader} masks a
 * complaint's free texts.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the rights and zone only.
 *
 * @param rights what the reader may see
 * @param complainantName the complainant's name as registered, looked for in texts shown masked; not null
 * @param zone the zone times are shown in, the engine's
 */
public record Reading(ViewRights rights, Sensitive complainantName, ZoneId zone) {

    /**
     * Checks the components.
     *
     * @param rights what the reader may see
     * @param complainantName the complainant's name as registered
     * @param zone the zone times are shown in
     */
    public Reading {
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(complainantName, "complainantName");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Returns an instant in the reader's zone, in ISO form with its offset, such as
     * {@code 2026-03-02T09:00:00+08:00}.
     *
     * @param instant the instant, or null
     * @return the time; empty if there is none
     */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * Returns a text of the bank's working papers (a case note, a contact's summary, an interim reply, an internal
     * report, a document's name and purpose, a co-handler's opinion) as the reader may read it: as written with
     * full rights, otherwise withheld, since such texts name third parties (the staff and witnesses interviewed)
     * whom no masking can find. The same rule as {@code ComplaintEngine.workLog}.
     *
     * @param text the text, or null
     * @return the text, or the withheld marker; empty if there is none
     */
    public String work(Sensitive text) {
        if (text == null) {
            return "";
        }
        return rights == ViewRights.FULL ? text.reveal() : ComplaintView.WITHHELD;
    }

    /**
     * Returns a text written by people as the reader may read it.
     *
     * @param text the text, or null
     * @return the text or its masked form; empty if there is none
     */
    public String text(Sensitive text) {
        return text == null ? "" : text(text.reveal());
    }

    /**
     * Returns a text from outside the engine that may quote personal data, such as a provider's reason for a
     * failed delivery, as the reader may read it.
     *
     * @param text the text, or null
     * @return the text or its masked form; empty if there is none
     */
    public String text(String text) {
        if (text == null) {
            return "";
        }
        return rights.personalData() ? text : PersonalDataMask.text(text, complainantName.reveal());
    }

    /**
     * Returns a contact point as the reader may read it: its method and its address, masked by its kind
     * ({@link PersonalDataMask#contact}) without the right to personal data.
     *
     * @param contact the contact point, or null
     * @return the method and address; empty if there is none
     */
    public String contact(ContactPoint contact) {
        if (contact == null) {
            return "";
        }
        String address = contact.address() == null ? ""
                : rights.personalData() ? contact.address().reveal() : PersonalDataMask.contact(contact);
        return address.isEmpty() ? contact.method().name() : contact.method().name() + " " + address;
    }

    /**
     * Returns a notice's recipient as the reader may read it: the customer with the contact point used
     * ({@link #contact}), or the kind and reference of a staff member, role or unit.
     *
     * @param recipient the recipient
     * @return the recipient, such as {@code customer SMS 138****5678} or {@code staff S-2001}
     */
    public String recipient(Recipient recipient) {
        return recipient.kind() == Recipient.Kind.CUSTOMER ? "customer " + contact(recipient.contact())
                : recipient.kind().name().toLowerCase(Locale.ROOT) + " " + recipient.reference();
    }

    @Override
    public String toString() {
        return "Reading[" + rights + ", " + zone + "]";
    }
}
