package org.complaintkit.benchmarks.results;

import java.util.Locale;

/** The units a target's bound is written in: time per operation, size, or a plain count. */
public enum Unit {
    /** Nanoseconds per operation. */
    NS("ns", Kind.TIME, 1e-9),
    /** Microseconds per operation. */
    US("us", Kind.TIME, 1e-6),
    /** Milliseconds per operation. */
    MS("ms", Kind.TIME, 1e-3),
    /** Seconds per operation. */
    S("s", Kind.TIME, 1),
    /** Bytes. */
    B("B", Kind.SIZE, 1),
    /** Kilobytes (1,000 bytes). */
    KB("KB", Kind.SIZE, 1000),
    /** Megabytes (1,000,000 bytes). */
    MB("MB", Kind.SIZE, 1_000_000),
    /** Kibibytes (1,024 bytes). */
    KIB("KiB", Kind.SIZE, 1024),
    /** Mebibytes (1,048,576 bytes). */
    MIB("MiB", Kind.SIZE, 1024 * 1024),
    /** A plain count. */
    COUNT("#", Kind.COUNT, 1);

    /** What a unit measures; a bound converts only within its kind. */
    public enum Kind {
        /** Time per operation, in seconds. */
        TIME,
        /** Size, in bytes. */
        SIZE,
        /** A count. */
        COUNT
    }

    private final String symbol;
    private final Kind kind;
    private final double base;

    Unit(String symbol, Kind kind, double base) {
        this.symbol = symbol;
        this.kind = kind;
        this.base = base;
    }

    /**
     * Reads a unit as the targets file and JMH write it.
     *
     * @param text such as {@code us}, {@code MiB}, {@code #}
     * @return the unit
     * @throws IllegalArgumentException for another
     */
    public static Unit parse(String text) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(text)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("not a unit (ns, us, ms, s, B, KB, MB, KiB, MiB, #): " + text);
    }

    /**
     * The unit of a counter ({@code @AuxCounters} field), from its name: {@code ...Bytes} or {@code bytes...}
     * counts bytes, {@code ...KiB} and {@code ...MiB} those, anything else is a plain count.
     *
     * @param counter the counter's name
     * @return the unit
     */
    public static Unit ofCounter(String counter) {
        if (counter.endsWith("MiB")) {
            return MIB;
        }
        if (counter.endsWith("KiB")) {
            return KIB;
        }
        return counter.toLowerCase(Locale.ROOT).contains("bytes") ? B : COUNT;
    }

    /**
     * The unit's symbol as the tables show it.
     *
     * @return such as {@code µs}
     */
    public String shown() {
        return this == US ? "µs" : symbol;
    }

    /**
     * What the unit measures.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Converts a value in this unit to another of the same kind.
     *
     * @param value the value
     * @param to the other unit
     * @return the value in the other unit
     * @throws IllegalArgumentException when the kinds differ
     */
    public double convert(double value, Unit to) {
        if (to.kind != kind) {
            throw new IllegalArgumentException("cannot convert " + symbol + " to " + to.symbol);
        }
        return value * base / to.base;
    }
}
