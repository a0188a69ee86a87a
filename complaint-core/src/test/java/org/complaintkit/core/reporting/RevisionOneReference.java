package org.complaintkit.core.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * Revision 1's decoder as it was first written: it splits the text into fields and each field into members,
 * then parses each. Kept in the tests as the reference the one-pass {@link FactsReader} is held to: both read
 * the same facts from the same text, and refuse the same texts. Throws whatever the parsing throws; the caller
 * only asks whether it threw.
 */
final class RevisionOneReference {
    private static final String NONE = "~";

    private RevisionOneReference() {
    }

    static ComplaintFacts decode(ComplaintId id, String text) {
        List<String> f = split(text, '|');
        if (f.size() != 22) {
            throw new IllegalArgumentException("fields");
        }
        Map<String, ClockResult> clocks = new TreeMap<>();
        for (String pair : split(f.get(13), ',')) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            clocks.put(unescape(pair.substring(0, eq)), ClockResult.valueOf(pair.substring(eq + 1)));
        }
        String redress = value(f.get(12));
        Set<ComplaintFlag> flags = EnumSet.noneOf(ComplaintFlag.class);
        for (String flag : members(f.get(18))) {
            flags.add(ComplaintFlag.valueOf(flag));
        }
        String typical = f.get(20);
        if (!typical.equals("0") && !typical.equals("1")) {
            throw new IllegalArgumentException("typical case");
        }
        return new ComplaintFacts(id, Channel.valueOf(f.get(0)), UnitId.of(value(f.get(1))),
                map(value(f.get(2)), UnitId::of), ComplaintStatus.valueOf(f.get(3)), instant(f.get(4)),
                f.get(5).equals(NONE) ? null : instant(f.get(5)), new TreeSet<>(members(f.get(6))),
                Integer.parseInt(f.get(7)), Integer.parseInt(f.get(8)), map(value(f.get(9)), Outcome::valueOf),
                map(value(f.get(10)), Liability::valueOf), map(value(f.get(11)), Satisfaction::valueOf),
                redress == null ? null : Money.parse(redress), clocks, map(value(f.get(14)), DepartmentId::of),
                map(value(f.get(15)), StaffId::of), mapAll(members(f.get(16)), StaffId::of),
                map(value(f.get(17)), ForwardingSource::valueOf), flags, new TreeSet<>(members(f.get(19))),
                typical.equals("1"), mapAll(members(f.get(21)), UnitId::of));
    }

    private static <T> T map(String value, Function<String, T> parse) {
        return value == null ? null : parse.apply(value);
    }

    private static <T extends Comparable<T>> Set<T> mapAll(List<String> values, Function<String, T> parse) {
        Set<T> out = new TreeSet<>();
        for (String value : values) {
            out.add(parse.apply(value));
        }
        return out;
    }

    private static String value(String field) {
        return field.equals(NONE) ? null : unescape(field);
    }

    private static List<String> members(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = split(field, ',');
        out.replaceAll(RevisionOneReference::unescape);
        return out;
    }

    private static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
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

    private static Instant instant(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? Instant.ofEpochSecond(Long.parseLong(field))
                : Instant.ofEpochSecond(Long.parseLong(field.substring(0, dot)),
                        Long.parseLong(field.substring(dot + 1)));
    }

    private static String unescape(String value) {
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
