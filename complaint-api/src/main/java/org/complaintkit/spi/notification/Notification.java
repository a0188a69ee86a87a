package org.complaintkit.spi.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * A channel-agnostic message about a complaint. Parameters may hold personal data, so
 * {@link #toString()} shows only their names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint it is about
 * @param type the kind of message, such as {@code acknowledgement} or {@code assignment}
 * @param recipients who receives it; copied, not empty
 * @param templateKey the template to render
 * @param parameters the template's parameters; copied
 * @param locale the language to render in
 * @param dedupeKey a key that is the same on every delivery attempt, so receivers can drop duplicates
 */
public record Notification(ComplaintId complaintId, String type, List<Recipient> recipients, String templateKey,
                           Map<String, String> parameters, Locale locale, String dedupeKey) {

    /**
     * Checks and copies the components.
     *
     * @param complaintId the complaint it is about
     * @param type the kind of message, such as {@code acknowledgement} or {@code assignment}
     * @param recipients who receives it; copied, not empty
     * @param templateKey the template to render
     * @param parameters the template's parameters; copied
     * @param locale the language to render in
     * @param dedupeKey a key that is the same on every delivery attempt, so receivers can drop duplicates
     */
    public Notification {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(type, "type");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(templateKey, "templateKey");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a notification needs a recipient");
        }
    }

    @Override
    public String toString() {
        return "Notification[complaintId=" + complaintId + ", type=" + type + ", recipients=" + recipients.size()
                + ", templateKey=" + templateKey + ", parameters=" + new java.util.TreeSet<>(parameters.keySet())
                + ", locale=" + locale + ", dedupeKey=" + dedupeKey + "]";
    }
}
