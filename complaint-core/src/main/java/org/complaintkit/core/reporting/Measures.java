package org.complaintkit.core.reporting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.ComplaintStatus;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The figures of one group of complaints that unit reports and the performance feed show: how many, how they
 * stand, how they ended, how their clocks did, and the redress in their resolutions. Rates are derived, never
 * stored, so they always agree with the counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaints how many complaints
 * @param closed of those, how many are closed
 * @param open of those, how many are still open
 * @param reopened of those, how many were reopened for re-investigation at least once
 * @param escalated of those, how many were escalated at least once
 * @param upheld of those, how many were upheld
 * @param partlyUpheld of those, how many were partly upheld
 * @param rejected of those, how many were not upheld
 * @param satisfied of those, how many customers said they were satisfied
 * @param dissatisfied of those, how many said they were not
 * @param clocksMet their duty clocks that stopped in time (windows, such as the review window, are not duties)
 * @param clocksBreached their duty clocks that stopped late or are running past their deadline
 * @param redress the compensation in their resolutions, summed per currency code
 */
public record Measures(long complaints, long closed, long open, long reopened, long escalated, long upheld,
                       long partlyUpheld, long rejected, long satisfied, long dissatisfied, long clocksMet,
                       long clocksBreached, Map<String, BigDecimal> redress) {

    /** No complaint. */
    public static final Measures NONE = new Measures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());

    /**
     * Checks and copies the components.
     *
     * @param complaints how many complaints
     * @param closed how many are closed
     * @param open how many are open
     * @param reopened how many were reopened
     * @param escalated how many were escalated
     * @param upheld how many were upheld
     * @param partlyUpheld how many were partly upheld
     * @param rejected how many were not upheld
     * @param satisfied how many customers were satisfied
     * @param dissatisfied how many were not
     * @param clocksMet clocks met
     * @param clocksBreached clocks breached
     * @param redress the compensation per currency
     */
    public Measures {
        if (complaints < 0 || closed < 0 || open < 0 || closed + open > complaints || reopened > complaints
                || escalated > complaints || upheld + partlyUpheld + rejected > complaints
                || satisfied + dissatisfied > complaints || clocksMet < 0 || clocksBreached < 0 || reopened < 0
                || escalated < 0 || upheld < 0 || partlyUpheld < 0 || rejected < 0 || satisfied < 0
                || dissatisfied < 0) {
            throw new IllegalArgumentException("the counts must be non-negative parts of the complaints");
        }
        redress = Collections.unmodifiableMap(new TreeMap<>(redress));
    }

    /**
     * Returns the share of judged clocks that breached: breached over met and breached.
     *
     * @return 0 to 1; 0 when no clock was judged
     */
    public double breachRate() {
        return ratio(clocksBreached, clocksMet + clocksBreached);
    }

    /**
     * Returns the share of complaints reopened.
     *
     * @return 0 to 1; 0 without complaints
     */
    public double reopenRate() {
        return ratio(reopened, complaints);
    }

    /**
     * Returns the share of satisfied customers among those asked.
     *
     * @return 0 to 1; 0 when nobody answered
     */
    public double satisfactionRate() {
        return ratio(satisfied, satisfied + dissatisfied);
    }

    /**
     * Returns the share of decided complaints upheld in whole or in part.
     *
     * @return 0 to 1; 0 when none was decided
     */
    public double upheldRate() {
        return ratio(upheld + partlyUpheld, upheld + partlyUpheld + rejected);
    }

    /**
     * Returns the complaints per 10,000 customers, the normalised rate regulators compare banks by.
     *
     * @param customers the host's count of customers for the group
     * @return the rate, or NaN if {@code customers} is not positive
     */
    public double per10kCustomers(long customers) {
        return customers <= 0 ? Double.NaN : complaints * 10_000.0 / customers;
    }

    /**
     * Returns the complaints per branch (or outlet), given how many the group has.
     *
     * @param branches the host's count of branches for the group
     * @return the rate, or NaN if {@code branches} is not positive
     */
    public double perBranch(long branches) {
        return branches <= 0 ? Double.NaN : (double) complaints / branches;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Adds complaints' facts up into measures; not thread-safe. */
    static final class Builder {
        private final Predicate<String> isDuty;
        private final long[] n = new long[12];

        Builder(Predicate<String> isDuty) {
            this.isDuty = isDuty;
        }
        private final Map<String, BigDecimal> redress = new TreeMap<>();

        Builder add(ComplaintFacts facts) {
            n[0]++;
            if (facts.status() == ComplaintStatus.CLOSED) {
                n[1]++;
            } else if (facts.status().isOpen()) {
                n[2]++;
            }
            n[3] += facts.reinvestigations() > 0 ? 1 : 0;
            n[4] += facts.escalations() > 0 ? 1 : 0;
            n[5] += facts.outcome() == Outcome.UPHELD ? 1 : 0;
            n[6] += facts.outcome() == Outcome.PARTLY_UPHELD ? 1 : 0;
            n[7] += facts.outcome() == Outcome.REJECTED ? 1 : 0;
            n[8] += facts.satisfaction() == Satisfaction.SATISFIED ? 1 : 0;
            n[9] += facts.satisfaction() == Satisfaction.DISSATISFIED ? 1 : 0;
            facts.clocks().forEach((clockId, result) -> {
                if (isDuty.test(clockId)) {
                    n[10] += result == ClockResult.MET ? 1 : 0;
                    n[11] += result.isBreach() ? 1 : 0;
                }
            });
            if (facts.redress() != null) {
                redress.merge(facts.redress().currency().getCurrencyCode(), facts.redress().amount(), BigDecimal::add);
            }
            return this;
        }

        Measures build() {
            return new Measures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], redress);
        }
    }

    /**
     * Formats a rate as a percentage with one decimal, or {@code -} for NaN.
     *
     * @param rate 0 to 1, or NaN
     * @return for example {@code 12.5%}
     */
    static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /**
     * Formats a share as a percentage with one decimal, or {@code -} when there is nothing to divide by.
     *
     * @param part the count of the share
     * @param whole the count it is a share of
     * @return for example {@code 12.5%}, or {@code -} when {@code whole} is 0
     */
    static String percent(long part, long whole) {
        return whole == 0 ? "-" : percent((double) part / whole);
    }

    /**
     * Formats the redress as {@code amount currency} pairs joined by {@code ;}.
     *
     * @return for example {@code 1500.00 CNY}, or empty
     */
    String redressText() {
        StringBuilder out = new StringBuilder();
        redress.forEach((currency, amount) -> out.append(out.length() == 0 ? "" : ";").append(amount.toPlainString())
                .append(' ').append(currency));
        return out.toString();
    }
}
