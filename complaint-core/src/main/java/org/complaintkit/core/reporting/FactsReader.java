package org.complaintkit.core.reporting;

import java.time.Instant;
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
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.storage.ReportProjection;

/**
 * Reads the text of {@link FactsCodec}'s layout (revision {@value FactsCodec#REVISION}) in one pass over its
 * characters: it finds the 22 fields' bounds, reads enums, counts and instants in place, and keeps the values
 * that repeat from complaint to complaint (units, departments, staff, class sets, clock results, redress) in
 * small caches keyed by their stored text, so a report over many complaints builds each distinct value once and
 * hands the same immutable set to every complaint that has it. Instants are never cached: they differ per
 * complaint.
 *
 * <p>It reads exactly what {@link FactsCodec#decode} always read, and refuses what it refused, with the same
 * code. Each cache keeps at most {@value #CACHED} distinct values; a value beyond that is built each time it is
 * read, so the heap a reader holds is bounded however many complaints it reads. The caches hold no personal
 * data: the facts hold none.
 *
 * <p>Not thread-safe: one reader serves one scan, on the thread the store hands the complaints on.
 */
final class FactsReader {
    /** Distinct values each cache keeps. */
    static final int CACHED = 4096;

    private static final int FIELDS = 22;
    private static final List<Channel> CHANNEL = List.of(Channel.values());
    private static final List<ComplaintStatus> STATUS = List.of(ComplaintStatus.values());
    private static final List<Outcome> OUTCOME = List.of(Outcome.values());
    private static final List<Liability> LIABILITY = List.of(Liability.values());
    private static final List<Satisfaction> SATISFACTION = List.of(Satisfaction.values());
    private static final List<ForwardingSource> SOURCE = List.of(ForwardingSource.values());
    private static final List<String> CHANNELS = names(CHANNEL);
    private static final List<String> STATUSES = names(STATUS);
    private static final List<String> OUTCOMES = names(OUTCOME);
    private static final List<String> LIABILITIES = names(LIABILITY);
    private static final List<String> SATISFACTIONS = names(SATISFACTION);
    private static final List<String> SOURCES = names(SOURCE);

    private final int[] bounds = new int[FIELDS + 1];
    private final Cache<UnitId> units;
    private final Cache<DepartmentId> departments;
    private final Cache<StaffId> staff;
    private final Cache<Set<String>> strings;
    private final Cache<Set<StaffId>> staffSets;
    private final Cache<Set<UnitId>> unitSets;
    private final Cache<Set<ComplaintFlag>> flags;
    private final Cache<Map<String, ClockResult>> clocks;
    private final Cache<Money> redress;

    /**
     * A reader that caches, for a scan over many complaints.
     */
    FactsReader() {
        this(CACHED);
    }

    /**
     * A reader whose caches keep up to {@code cached} values each; 0 caches nothing (one complaint's decode).
     *
     * @param cached distinct values each cache keeps, 0 or more
     */
    FactsReader(int cached) {
        units = new Cache<>(cached, text -> UnitId.of(FactsCodec.unescape(text)));
        departments = new Cache<>(cached, text -> DepartmentId.of(FactsCodec.unescape(text)));
        staff = new Cache<>(cached, text -> StaffId.of(FactsCodec.unescape(text)));
        strings = new Cache<>(cached, text -> Set.copyOf(new TreeSet<>(FactsCodec.members(text))));
        staffSets = new Cache<>(cached, text -> Set.copyOf(setOf(text, StaffId::of)));
        unitSets = new Cache<>(cached, text -> Set.copyOf(setOf(text, UnitId::of)));
        flags = new Cache<>(cached, FactsReader::flagsOf);
        clocks = new Cache<>(cached, FactsReader::clocksOf);
        redress = new Cache<>(cached, text -> Money.parse(FactsCodec.unescape(text)));
    }

    /**
     * Reads a complaint's facts.
     *
     * @param id the complaint, the row's key
     * @param projection its projection, of {@link FactsCodec#REVISION}
     * @return the facts
     * @throws StoreException coded {@link ErrorCode#PROJECTION_UNREADABLE} if the projection is of another
     *     revision or does not read as facts; the message names neither the complaint's data nor the text
     */
    ComplaintFacts read(ComplaintId id, ReportProjection projection) {
        if (projection.revision() != FactsCodec.REVISION) {
            throw unreadable("is of revision " + projection.revision() + ", not " + FactsCodec.REVISION);
        }
        String t = projection.facts();
        int fields = split(t);
        if (fields != FIELDS) {
            throw unreadable("has " + fields + " fields, not " + FIELDS);
        }
        try {
            return new ComplaintFacts(id, CHANNEL.get(name(t, 0, CHANNELS, false)),
                    units.get(t, start(1), end(1)), none(t, 2) ? null : units.get(t, start(2), end(2)),
                    STATUS.get(name(t, 3, STATUSES, false)), instant(t, 4),
                    none(t, 5) ? null : instant(t, 5), strings.get(t, start(6), end(6)),
                    Integer.parseInt(t, start(7), end(7), 10), Integer.parseInt(t, start(8), end(8), 10),
                    none(t, 9) ? null : OUTCOME.get(name(t, 9, OUTCOMES, true)),
                    none(t, 10) ? null : LIABILITY.get(name(t, 10, LIABILITIES, true)),
                    none(t, 11) ? null : SATISFACTION.get(name(t, 11, SATISFACTIONS, true)),
                    none(t, 12) ? null : redress.get(t, start(12), end(12)), clocks.get(t, start(13), end(13)),
                    none(t, 14) ? null : departments.get(t, start(14), end(14)),
                    none(t, 15) ? null : staff.get(t, start(15), end(15)), staffSets.get(t, start(16), end(16)),
                    none(t, 17) ? null : SOURCE.get(name(t, 17, SOURCES, true)),
                    flags.get(t, start(18), end(18)), strings.get(t, start(19), end(19)), typical(t),
                    unitSets.get(t, start(21), end(21)));
        } catch (RuntimeException e) {
            if (e instanceof StoreException stored) {
                throw stored;
            }
            // the cause's message could quote the stored text: only its type is kept
            throw unreadable("does not read as facts (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The refusal of a projection that does not read.
     *
     * @param why what is wrong, naming no data
     * @return the exception, coded {@link ErrorCode#PROJECTION_UNREADABLE}
     */
    static StoreException unreadable(String why) {
        return StoreException.of(ErrorCode.PROJECTION_UNREADABLE, "projection", "a stored report projection "
                + why + "; run the engine's projection rebuild to rewrite it");
    }

    /** Finds the fields' bounds: field {@code i} runs from {@code bounds[i]} to {@code bounds[i + 1] - 1}. */
    private int split(String text) {
        int fields = 1;
        bounds[0] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|') {
                if (fields < FIELDS) {
                    bounds[fields] = i + 1;
                }
                fields++;
            }
        }
        if (fields == FIELDS) {
            bounds[FIELDS] = text.length() + 1;
        }
        return fields;
    }

    private int start(int field) {
        return bounds[field];
    }

    private int end(int field) {
        return bounds[field + 1] - 1;
    }

    /** Whether a field is exactly the missing-value mark. */
    private boolean none(String text, int field) {
        return end(field) - start(field) == 1 && text.charAt(start(field)) == '~';
    }

    /**
     * The ordinal of the enum constant a field names. A field that may be escaped ({@code unescaped}) and holds
     * an escape is unescaped first, as the layout allows.
     */
    private int name(String text, int field, List<String> names, boolean unescaped) {
        int from = start(field);
        int length = end(field) - from;
        if (unescaped && text.indexOf('%', from) >= 0 && text.indexOf('%', from) < from + length) {
            String name = FactsCodec.unescape(text.substring(from, from + length));
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no such constant");
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.length() == length && text.regionMatches(from, name, 0, length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such constant");
    }

    private Instant instant(String text, int field) {
        int from = start(field);
        int to = end(field);
        int dot = text.indexOf('.', from);
        if (dot < 0 || dot >= to) {
            return Instant.ofEpochSecond(Long.parseLong(text, from, to, 10));
        }
        return Instant.ofEpochSecond(Long.parseLong(text, from, dot, 10), Long.parseLong(text, dot + 1, to, 10));
    }

    private boolean typical(String text) {
        int from = start(20);
        if (end(20) - from == 1) {
            char c = text.charAt(from);
            if (c == '0' || c == '1') {
                return c == '1';
            }
        }
        throw new IllegalArgumentException("typical case");
    }

    private static <T extends Comparable<T>> Set<T> setOf(String field, Function<String, T> parse) {
        Set<T> out = new TreeSet<>();
        for (String member : FactsCodec.members(field)) {
            out.add(parse.apply(member));
        }
        return out;
    }

    private static Set<ComplaintFlag> flagsOf(String field) {
        Set<ComplaintFlag> out = EnumSet.noneOf(ComplaintFlag.class);
        for (String flag : FactsCodec.members(field)) {
            out.add(ComplaintFlag.valueOf(flag));
        }
        return out;
    }

    private static Map<String, ClockResult> clocksOf(String field) {
        Map<String, ClockResult> out = new TreeMap<>();
        for (String pair : FactsCodec.split(field, ',')) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            out.put(FactsCodec.unescape(pair.substring(0, eq)), ClockResult.valueOf(pair.substring(eq + 1)));
        }
        return Map.copyOf(out);
    }

    private static List<String> names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toList();
    }

    /**
     * Values by the stored text they were read from, in an open-addressed table probed with the text's region,
     * so a hit allocates nothing. Keeps at most {@code limit} values; past that, reads without keeping.
     */
    private static final class Cache<V> {
        private final int limit;
        private final Function<String, V> read;
        private String[] keys = new String[0];
        private Object[] values = new Object[0];
        private int size;

        Cache(int limit, Function<String, V> read) {
            this.limit = limit;
            this.read = read;
        }

        @SuppressWarnings("unchecked")
        V get(String text, int from, int to) {
            if (limit == 0) {
                return read.apply(text.substring(from, to));
            }
            if (size * 2 >= keys.length && size < limit) {
                grow();
            }
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int mask = keys.length - 1;
            int length = to - from;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String key = keys[slot];
                if (key == null) {
                    String stored = text.substring(from, to);
                    V value = read.apply(stored);
                    if (size < limit) {
                        keys[slot] = stored;
                        values[slot] = value;
                        size++;
                    }
                    return value;
                }
                if (key.length() == length && text.regionMatches(from, key, 0, length)) {
                    return (V) values[slot];
                }
            }
        }

        /** Doubles the table (at least 16 slots), keeping it at most half full below the limit. */
        private void grow() {
            String[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new String[Math.max(16, oldKeys.length * 2)];
            values = new Object[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = spread(oldKeys[i].hashCode()) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
