package org.complaintkit.spi.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * A channel-agnostic message about a complaint: what kind of notice it is, who receives it, the
 * template and parameters it was rendered from, the rendered subject and body, and a dedupe key that is
 * the same on every delivery attempt. Parameters and text may hold personal data, so
 * {@link #toString()} shows only the parameters' names.
 *
 * <p>ComplaintKit renders the text when it derives the notice, so a sender needs no templates of its
 * own; a sender that renders with the bank's own templates uses the key and parameters instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint it is about
 * @param type the kind of notice, such as {@code decision} or {@code assignment}
 * @param recipients who receives it; copied, not empty
 * @param templateKey the template it was rendered from
 * @param parameters the template's parameters; copied
 * @param locale the language it is rendered in
 * @param dedupeKey a key that is the same on every delivery attempt, so receivers can drop duplicates
 * @param subject the rendered subject line
 * @param body the rendered text
 */
public record Notification(ComplaintId complaintId, String type, List<Recipient> recipients, String templateKey,
                           Map<String, String> parameters, Locale locale, String dedupeKey, String subject,
                           String body) {

    /**
     * Checks and copies the components.
     *
     * @param complaintId the complaint it is about
     * @param type the kind of notice, such as {@code decision} or {@code assignment}
     * @param recipients who receives it; copied, not empty
     * @param templateKey the template it was rendered from
     * @param parameters the template's parameters; copied
     * @param locale the language it is rendered in
     * @param dedupeKey a key that is the same on every delivery attempt, so receivers can drop duplicates
     * @param subject the rendered subject line
     * @param body the rendered text
     */
    public Notification {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(type, "type");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(templateKey, "templateKey");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a notification needs a recipient");
        }
    }

    /**
     * Tells whether this notice goes to the complainant.
     *
     * @return true if a recipient is the customer
     */
    public boolean toCustomer() {
        return recipients.stream().anyMatch(r -> r.kind() == Recipient.Kind.CUSTOMER);
    }

    @Override
    public String toString() {
        return "Notification[complaintId=" + complaintId + ", type=" + type + ", recipients=" + recipients
                + ", templateKey=" + templateKey + ", parameters=" + new TreeSet<>(parameters.keySet())
                + ", locale=" + locale.toLanguageTag() + ", dedupeKey=" + dedupeKey + "]";
    }
}
