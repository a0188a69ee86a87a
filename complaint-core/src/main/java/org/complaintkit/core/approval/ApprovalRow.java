package org.complaintkit.core.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * One row of an {@link ApprovalMatrix}: the resolutions it covers and the approval they need: one or more steps, each
 * an authority, and any line co-approval ({@link ApprovalChain}). An empty
 * set of outcomes, classes or levels, and absent amount bounds, cover every resolution; listed flags must all be
 * present on the complaint.
 *
 * <p>The compensation range is from {@code atLeast} (inclusive) to {@code below} (exclusive), in the currency of
 * the bounds; a resolution without compensation counts as zero; a compensation in another currency than the
 * bounds' counts as above every bound (as {@code ApprovalRule.whenCompensationAbove} has it always approved), so
 * it falls to the rows for the largest amounts, never below them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcomes the outcomes covered, or empty for all
 * @param atLeast the lowest compensation covered, or null for no lower bound
 * @param below the compensation from which the row no longer applies, or null for no upper bound
 * @param classes the class codes covered (any one of them), or empty for all
 * @param flags the flags the complaint must all carry, or empty
 * @param levels the levels of the handling unit covered, or empty for all
 * @param approvals the steps the approval needs, in order, and the departments that must concur before the last
 * @param source where the row comes from, such as {@code approvals.csv:4}, for refusals and errors
 */
public record ApprovalRow(Set<Outcome> outcomes, Money atLeast, Money below, Set<String> classes,
                         Set<ComplaintFlag> flags, Set<UnitLevel> levels, ApprovalChain approvals, String source) {

    /**
     * Checks and copies the components.
     *
     * @param outcomes the outcomes covered, or empty for all
     * @param atLeast the lowest compensation covered, or null
     * @param below the compensation from which the row no longer applies, or null
     * @param classes the class codes covered, or empty for all
     * @param flags the flags the complaint must all carry, or empty
     * @param levels the levels of the handling unit covered, or empty for all
     * @param approvals the steps the approval needs and the departments that must concur before the last
     * @param source where the row comes from
     * @throws IllegalArgumentException if the bounds are in two currencies or do not enclose any amount
     */
    public ApprovalRow {
        outcomes = Set.copyOf(outcomes);
        classes = Set.copyOf(classes);
        flags = Set.copyOf(flags);
        levels = Set.copyOf(levels);
        Objects.requireNonNull(approvals, "approvals");
        Objects.requireNonNull(source, "source");
        List<String> problems = problems(atLeast, below);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * A row whose approval is one step by one authority, without co-approval.
     *
     * @param outcomes the outcomes covered, or empty for all
     * @param atLeast the lowest compensation covered, or null
     * @param below the compensation from which the row no longer applies, or null
     * @param classes the class codes covered, or empty for all
     * @param flags the flags the complaint must all carry, or empty
     * @param levels the levels of the handling unit covered, or empty for all
     * @param authority the authority the approval needs
     * @param source where the row comes from
     * @throws IllegalArgumentException if the bounds are in two currencies or do not enclose any amount
     */
    public ApprovalRow(Set<Outcome> outcomes, Money atLeast, Money below, Set<String> classes,
                       Set<ComplaintFlag> flags, Set<UnitLevel> levels, ApprovalAuthority authority, String source) {
        this(outcomes, atLeast, below, classes, flags, levels,
                new ApprovalChain(List.of(Objects.requireNonNull(authority, "authority")), Set.of()), source);
    }

    /**
     * Returns the authority of the first (for a single-step row, the only) approval step.
     *
     * @return the first step's authority
     */
    public ApprovalAuthority authority() {
        return approvals.step(1);
    }

    /** What is wrong with a pair of bounds: two currencies, a negative bound, or nothing between them. */
    static List<String> problems(Money atLeast, Money below) {
        List<String> problems = new ArrayList<>();
        if (atLeast != null && atLeast.amount().signum() < 0 || below != null && below.amount().signum() < 0) {
            problems.add("an amount bound is negative");
        }
        if (atLeast != null && below != null) {
            if (!atLeast.currency().equals(below.currency())) {
                problems.add("the amount bounds are in two currencies");
            } else if (atLeast.compareTo(below) >= 0) {
                problems.add("the lower amount bound is not below the upper one");
            }
        }
        return problems;
    }

    /**
     * Tells whether the row covers a resolution.
     *
     * @param facts the resolution and its complaint
     * @return true if every condition of the row holds
     */
    public boolean covers(ApprovalFacts facts) {
        return (outcomes.isEmpty() || outcomes.contains(facts.outcome()))
                && (classes.isEmpty() || classes.stream().anyMatch(facts.classes()::contains))
                && facts.flags().containsAll(flags)
                && (levels.isEmpty() || levels.contains(facts.level()))
                && amountCovered(facts.compensation());
    }

    private boolean amountCovered(Money compensation) {
        Money bound = atLeast != null ? atLeast : below;
        if (bound == null) {
            return true;
        }
        if (compensation != null && !compensation.currency().equals(bound.currency())) {
            return below == null;
        }
        BigDecimal amount = compensation == null ? BigDecimal.ZERO : compensation.amount();
        return (atLeast == null || amount.compareTo(atLeast.amount()) >= 0)
                && (below == null || amount.compareTo(below.amount()) < 0);
    }
}
