package org.complaintkit.api.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.organisation.UnitId;

/**
 * A complaint as one staff member may read it: what the access policy does not let them see is masked
 * (personal data) or withheld (confidential content) before the view is built, so nothing hidden is in
 * the object at all. {@link #toString()} shows no personal data or content whatever the rights;
 * {@link #toJson()} shows exactly what the view holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the complaint
 * @param status its status
 * @param channel how it arrived
 * @param receivedAt when it was received
 * @param receivingUnit where it was received
 * @param handlingUnit who handles it, or null before assignment
 * @param customer the customer reference, masked unless the rights show personal data
 * @param complainantName the complainant's name, masked unless the rights show personal data
 * @param contact the contact address, masked unless the rights show personal data
 * @param content what the customer says: personal data masked, or withheld if confidential
 * @param request what the customer asks for, treated like the content
 * @param products the product codes it is about
 * @param rights what the view shows
 */
public record ComplaintView(ComplaintId id, ComplaintStatus status, Channel channel, Instant receivedAt,
                            UnitId receivingUnit, UnitId handlingUnit, String customer, String complainantName,
                            String contact, String content, String request, List<String> products, ViewRights rights) {

    /** What a withheld confidential text reads as. */
    public static final String WITHHELD = "[confidential: withheld]";

    /**
     * Checks and copies the components.
     *
     * @param id the complaint
     * @param status its status
     * @param channel how it arrived
     * @param receivedAt when it was received
     * @param receivingUnit where it was received
     * @param handlingUnit who handles it, or null
     * @param customer the customer reference, as shown
     * @param complainantName the name, as shown
     * @param contact the contact address, as shown, or null
     * @param content the content, as shown
     * @param request the request, as shown
     * @param products the product codes
     * @param rights what the view shows
     */
    public ComplaintView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rights, "rights");
        products = List.copyOf(products);
    }

    /**
     * Returns the view as a JSON object, with exactly the values the view holds. The text is safe to inline in
     * an HTML page inside a {@code <script>} element: {@code <}, {@code >}, {@code &} and the line and
     * paragraph separators U+2028 and U+2029 are written as JSON escapes such as <code>&#92;u003c</code>, as
     * control characters are, so a content of {@code </script>} cannot close the element; a JSON reader reads
     * every value back exactly.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder out = new StringBuilder("{");
        field(out, "id", id.value());
        field(out, "status", status.name());
        field(out, "channel", channel == null ? null : channel.name());
        field(out, "receivedAt", receivedAt == null ? null : receivedAt.toString());
        field(out, "receivingUnit", receivingUnit == null ? null : receivingUnit.value());
        field(out, "handlingUnit", handlingUnit == null ? null : handlingUnit.value());
        field(out, "customer", customer);
        field(out, "complainantName", complainantName);
        field(out, "contact", contact);
        field(out, "content", content);
        field(out, "request", request);
        out.append("\"products\":[");
        for (int i = 0; i < products.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(products.get(i)));
        }
        out.append("],\"personalDataShown\":").append(rights.personalData())
                .append(",\"confidentialShown\":").append(rights.confidentialContent()).append('}');
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(quote(name)).append(':').append(value == null ? "null" : quote(value)).append(',');
    }

    private static String quote(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    @Override
    public String toString() {
        return "ComplaintView[" + id.value() + ", " + status + ", received " + receivedAt + " at "
                + (receivingUnit == null ? "?" : receivingUnit.value()) + ", rights " + rights + "]";
    }
}
