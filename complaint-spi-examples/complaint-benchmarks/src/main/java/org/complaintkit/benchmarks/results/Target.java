package org.complaintkit.benchmarks.results;

import java.util.Objects;

/**
 * One target of docs/performance.md: a figure of a run held against a bound, either a multiple of a peer's
 * figure in the same run or an absolute value.
 *
 * @param section the key of the table it belongs to
 * @param figure what the row says, such as {@code (a) long-lived transition ÷ stateless4j}
 * @param measured the figure measured
 * @param op how it must compare with the bound
 * @param goal the bound
 * @param source where the target comes from, such as {@code issue 26}
 * @param before the figure recorded before the work that set the target, with its date, as the page stated it
 *     (such as {@code 16–21 µs (2026-11-23)}); empty when there was none
 */
public record Target(String section, String figure, Ref measured, Op op, Goal goal, String source, String before) {
    /**
     * Checks the components.
     *
     * @param section the key of the table it belongs to
     * @param figure what the row says
     * @param measured the figure measured
     * @param op how it must compare with the bound
     * @param goal the bound
     * @param source where the target comes from
     * @param before the figure recorded before, with its date; empty when there was none
     */
    public Target {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(before, "before");
    }

    /**
     * A target without a recorded figure before it.
     *
     * @param section the key of the table it belongs to
     * @param figure what the row says
     * @param measured the figure measured
     * @param op how it must compare with the bound
     * @param goal the bound
     * @param source where the target comes from
     */
    public Target(String section, String figure, Ref measured, Op op, Goal goal, String source) {
        this(section, figure, measured, op, goal, source, "");
    }

    /** How a figure must compare with its bound. */
    public enum Op {
        /** At least. */
        AT_LEAST(">=", "≥"),
        /** At most. */
        AT_MOST("<=", "≤"),
        /** More than. */
        MORE_THAN(">", ">"),
        /** Less than. */
        LESS_THAN("<", "<");

        private final String written;
        private final String shown;

        Op(String written, String shown) {
            this.written = written;
            this.shown = shown;
        }

        /**
         * Reads an operator as the targets file writes it.
         *
         * @param text {@code >=}, {@code <=}, {@code >} or {@code <}
         * @return the operator
         * @throws IllegalArgumentException for anything else
         */
        public static Op parse(String text) {
            for (Op op : values()) {
                if (op.written.equals(text)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("not a comparison (>=, <=, >, <): " + text);
        }

        /**
         * Tells whether a value meets a bound.
         *
         * @param value the value
         * @param bound the bound
         * @return true when it does
         */
        public boolean holds(double value, double bound) {
            return switch (this) {
                case AT_LEAST -> value >= bound;
                case AT_MOST -> value <= bound;
                case MORE_THAN -> value > bound;
                case LESS_THAN -> value < bound;
            };
        }

        /**
         * The operator as the tables show it.
         *
         * @return such as {@code ≥}
         */
        public String shown() {
            return shown;
        }
    }

    /** What a figure is held against. */
    public sealed interface Goal permits Multiple, Absolute {
    }

    /**
     * A multiple of a peer's figure in the same run: the ratio measured ÷ peer is held against the factor.
     *
     * @param factor the factor
     * @param peer the peer's figure
     */
    public record Multiple(double factor, Ref peer) implements Goal {
        /**
         * Checks the components.
         *
         * @param factor the factor
         * @param peer the peer's figure
         */
        public Multiple {
            Objects.requireNonNull(peer, "peer");
        }
    }

    /**
     * An absolute bound in a unit: a time per operation ({@code ns}, {@code us}, {@code ms}, {@code s}), a size
     * ({@code B}, {@code KiB}, {@code MiB}) or a plain count ({@code #}).
     *
     * @param value the bound
     * @param unit the unit
     */
    public record Absolute(double value, Unit unit) implements Goal {
        /**
         * Checks the components.
         *
         * @param value the bound
         * @param unit the unit
         */
        public Absolute {
            Objects.requireNonNull(unit, "unit");
        }
    }
}
