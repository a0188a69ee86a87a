package org.complaintkit.core.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.storage.ReportProjection;

/**
 * The stored form of {@link ComplaintFacts} in a {@link ReportProjection}: one line of 22 fields separated by
 * {@code |}, in the order of the record's components after the id (which the store keeps as the row's key).
 * A missing value is {@code ~}; a set is its members separated by {@code ,} in their natural order; the clocks
 * are {@code clock=RESULT} pairs; an instant is its epoch second, with {@code .nanos} when it has any; redress
 * is the amount, a space and the currency code; the typical-case mark is {@code 0} or {@code 1}. The characters
 * {@code % | , = ~} inside a value are written {@code %25 %7C %2C %3D %7E}.
 *
 * <p>{@link #REVISION} names this layout. Any change to it, or to what a field means, takes a new revision:
 * rows of the old one then read as stale and are folded until the rebuild rewrites them, never misread. The
 * facts hold no personal data (see {@link ComplaintFacts}); staff appear by id only.
 *
 * <p>Stateless and thread-safe.
 */
public final class FactsCodec {

    /** The revision of the layout this codec writes and reads. */
    public static final int REVISION = 1;

    private static final int FIELDS = 22;
    private static final String NONE = "~";

    private FactsCodec() {
    }

    /**
     * Encodes a complaint's facts.
     *
     * @param facts the facts
     * @return the projection, of {@link #REVISION}
     */
    public static ReportProjection encode(ComplaintFacts facts) {
        StringBuilder out = new StringBuilder(160);
        out.append(facts.channel().name()).append('|');
        text(out, facts.receivingUnit().value()).append('|');
        text(out, facts.handlingUnit() == null ? null : facts.handlingUnit().value()).append('|');
        out.append(facts.status().name()).append('|');
        instant(out, facts.receivedAt()).append('|');
        instant(out, facts.closedAt()).append('|');
        set(out, facts.classes(), s -> s).append('|');
        out.append(facts.reinvestigations()).append('|');
        out.append(facts.escalations()).append('|');
        name(out, facts.outcome()).append('|');
        name(out, facts.liability()).append('|');
        name(out, facts.satisfaction()).append('|');
        text(out, facts.redress() == null ? null : facts.redress().toString()).append('|');
        String sep = "";
        for (Map.Entry<String, ClockResult> clock : new TreeMap<>(facts.clocks()).entrySet()) {
            out.append(sep);
            text(out, clock.getKey()).append('=').append(clock.getValue().name());
            sep = ",";
        }
        out.append('|');
        text(out, facts.handlingDepartment() == null ? null : facts.handlingDepartment().value()).append('|');
        text(out, facts.handler() == null ? null : facts.handler().value()).append('|');
        set(out, facts.staffComplainedAbout(), StaffId::value).append('|');
        name(out, facts.forwardedBy()).append('|');
        set(out, facts.flags(), Enum::name).append('|');
        set(out, facts.rootCauses(), s -> s).append('|');
        out.append(facts.typicalCase() ? '1' : '0').append('|');
        set(out, facts.unitsComplainedAbout(), UnitId::value);
        return new ReportProjection(REVISION, out.toString());
    }

    /**
     * Decodes a complaint's facts.
     *
     * @param id the complaint, the row's key
     * @param projection its projection, of {@link #REVISION}
     * @return the facts
     * @throws StoreException coded {@link ErrorCode#PROJECTION_UNREADABLE} if the projection is of another
     *     revision or does not read as facts; the message names neither the complaint's data nor the text
     */
    public static ComplaintFacts decode(ComplaintId id, ReportProjection projection) {
        return new FactsReader(0).read(id, projection);
    }

    /**
     * Reads a set field's members.
     *
     * @param field the field's stored text
     * @return its members, unescaped; none for an empty field
     */
    static List<String> members(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = split(field, ',');
        out.replaceAll(FactsCodec::unescape);
        return out;
    }

    /**
     * Splits a text at a separator.
     *
     * @param text the text
     * @param separator the separator
     * @return the parts between separators, empty ones included
     */
    static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>(FIELDS);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static StringBuilder instant(StringBuilder out, Instant instant) {
        if (instant == null) {
            return out.append(NONE);
        }
        out.append(instant.getEpochSecond());
        return instant.getNano() == 0 ? out : out.append('.').append(instant.getNano());
    }

    private static StringBuilder name(StringBuilder out, Enum<?> value) {
        return out.append(value == null ? NONE : value.name());
    }

    private static <T> StringBuilder set(StringBuilder out, Set<T> members, Function<T, String> text) {
        List<String> sorted = new ArrayList<>(members.size());
        for (T member : members) {
            sorted.add(text.apply(member));
        }
        sorted.sort(null);
        String sep = "";
        for (String member : sorted) {
            out.append(sep);
            escape(out, member);
            sep = ",";
        }
        return out;
    }

    private static StringBuilder text(StringBuilder out, String value) {
        return value == null ? out.append(NONE) : escape(out, value);
    }

    private static StringBuilder escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '|' -> out.append("%7C");
                case ',' -> out.append("%2C");
                case '=' -> out.append("%3D");
                case '~' -> out.append("%7E");
                default -> out.append(c);
            }
        }
        return out;
    }

    /**
     * Replaces a value's escapes ({@code %XX}) by the characters they stand for.
     *
     * @param value the stored value
     * @return the value
     */
    static String unescape(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
