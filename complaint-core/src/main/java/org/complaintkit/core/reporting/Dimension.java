package org.complaintkit.core.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.complaintkit.core.classification.BucketDecision;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * A single-valued property of a complaint that statistics group by. Each complaint has exactly one value in
 * each dimension ({@value #NONE} when the fact is missing), so counts over any dimension add up to the total.
 *
 * <p>The fixed dimensions are constants ({@link #CHANNEL}, {@link #MONTH_RECEIVED}, ...). The others take a
 * parameter: the class in one classification scheme ({@link #classIn}), a unit rolled up the hierarchy to a
 * level ({@link #handlingUnitAt}), the statistical bucket ({@link #bucket(SlaSetup)}). A host adds its own
 * with {@link #of}:
 *
 * <pre>{@code
 * Dimension vip = Dimension.of("vip", (facts, zone) -> facts.flags().contains(ComplaintFlag.VIP) ? "VIP" : "other");
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and equal when they group alike (records do this).
 */
public interface Dimension {
    /** The value of a missing fact. */
    String NONE = "none";
    /** The value of a class dimension for a complaint whose class in the scheme is left to a person. */
    String NEEDS_PERSON = "needs-person";

    /** How the complaint arrived. */
    Dimension CHANNEL = StandardDimension.CHANNEL;
    /** Where it was received. */
    Dimension RECEIVING_UNIT = StandardDimension.RECEIVING_UNIT;
    /** The first-responsible unit. */
    Dimension HANDLING_UNIT = StandardDimension.HANDLING_UNIT;
    /** The first-responsible department, {@value #NONE} if the assignment named none. */
    Dimension HANDLING_DEPARTMENT = StandardDimension.HANDLING_DEPARTMENT;
    /** Its status now. */
    Dimension STATUS = StandardDimension.STATUS;
    /** The day it was received, in the report's zone ({@code 2026-03-02}). */
    Dimension DAY_RECEIVED = StandardDimension.DAY_RECEIVED;
    /** The ISO week it was received, in the report's zone ({@code 2026-W10}). */
    Dimension WEEK_RECEIVED = StandardDimension.WEEK_RECEIVED;
    /** The month it was received, in the report's zone ({@code 2026-03}). */
    Dimension MONTH_RECEIVED = StandardDimension.MONTH_RECEIVED;
    /** The quarter it was received, in the report's zone ({@code 2026-Q1}). */
    Dimension QUARTER_RECEIVED = StandardDimension.QUARTER_RECEIVED;
    /** The half year it was received, in the report's zone ({@code 2026-H1}), as the FCA return counts. */
    Dimension HALF_YEAR_RECEIVED = StandardDimension.HALF_YEAR_RECEIVED;
    /** The year it was received, in the report's zone ({@code 2026}). */
    Dimension YEAR_RECEIVED = StandardDimension.YEAR_RECEIVED;
    /** The month it was closed, in the report's zone; {@value #NONE} while it is not closed. */
    Dimension MONTH_CLOSED = StandardDimension.MONTH_CLOSED;
    /** The outcome of its resolution (upheld, partly upheld, rejected). */
    Dimension OUTCOME = StandardDimension.OUTCOME;
    /** The responsibility recorded at closure (有责 / 无责 / 双方). */
    Dimension LIABILITY = StandardDimension.LIABILITY;
    /** The customer's satisfaction. */
    Dimension SATISFACTION = StandardDimension.SATISFACTION;
    /** Whether it was reopened for re-investigation ({@code reopened} or {@code not reopened}). */
    Dimension REOPENED = StandardDimension.REOPENED;
    /** How often it was escalated up the hierarchy ({@code 0}, {@code 1}, {@code 2}, ...). */
    Dimension ESCALATIONS = StandardDimension.ESCALATIONS;
    /** Whether redress was offered in its resolution ({@code redress} or {@code no redress}). */
    Dimension REDRESS = StandardDimension.REDRESS;

    /**
     * Returns the dimension's name, as a report's column header shows it.
     *
     * @return the name
     */
    String name();

    /**
     * Returns a complaint's value in this dimension.
     *
     * @param facts the complaint's facts
     * @param zone the zone that days and months are counted in
     * @return the value, never null ({@value #NONE} when the fact is missing)
     */
    String of(ComplaintFacts facts, ZoneId zone);

    /**
     * Returns the fixed dimensions, in declaration order.
     *
     * @return the constants of this interface
     */
    static List<Dimension> standard() {
        return List.of(StandardDimension.values());
    }

    /**
     * Returns the complaint's class in one classification scheme: its code, for example {@code C02} for
     * {@code jrt0169.cause}; {@value #NEEDS_PERSON} if its class there is left to a person (never counted as the
     * scheme's "other"); {@value #NONE} if it has no class in the scheme.
     *
     * @param scheme the scheme, for example {@code jrt0169.cause}
     * @return the dimension
     */
    static Dimension classIn(String scheme) {
        return new ClassDimension(scheme);
    }

    /**
     * Returns the first-responsible unit rolled up the hierarchy to a level: an outlet's complaints count
     * under its branch when the level is {@link UnitLevel#BRANCH}. A unit already at or above the level
     * stands for itself; a complaint not yet assigned counts under its receiving unit, rolled up alike; a
     * unit the directory does not know stands for itself.
     *
     * @param directory the organisation directory
     * @param level the level to roll up to
     * @return the dimension
     */
    static Dimension handlingUnitAt(OrganisationDirectory directory, UnitLevel level) {
        return new RolledUpUnit(directory, level, false);
    }

    /**
     * Returns the receiving unit rolled up the hierarchy to a level, as {@link #handlingUnitAt} does.
     *
     * @param directory the organisation directory
     * @param level the level to roll up to
     * @return the dimension
     */
    static Dimension receivingUnitAt(OrganisationDirectory directory, UnitLevel level) {
        return new RolledUpUnit(directory, level, true);
    }

    /**
     * Returns the statistical bucket (not counted / enquiry / complaint; seed 002 第二篇 四(二)), decided by
     * {@link BucketDecision#decide} from the recorded facts, with the clocks of {@code sla} that are windows
     * rather than duties left out.
     *
     * @param sla the SLA setup the engine runs, to tell duty clocks from windows
     * @return the dimension
     */
    static Dimension bucket(SlaSetup sla) {
        Objects.requireNonNull(sla, "sla");
        return new BucketDimension(clockId -> !sla.isWindow(clockId));
    }

    /**
     * Returns the statistical bucket, taking every clock as a duty. Use {@link #bucket(SlaSetup)} where the
     * setup has windows (the review window, the FCA summary-resolution window).
     *
     * @return the dimension
     */
    static Dimension bucket() {
        return new BucketDimension(clockId -> true);
    }

    /**
     * Returns a host's own dimension.
     *
     * @param name the name, for column headers
     * @param value the value of a complaint, given the report's zone; null counts as {@value #NONE}
     * @return the dimension; two made by separate calls are different dimensions
     */
    static Dimension of(String name, BiFunction<ComplaintFacts, ZoneId, String> value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return new Dimension() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String of(ComplaintFacts facts, ZoneId zone) {
                String v = value.apply(facts, zone);
                return v == null ? NONE : v;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
