package org.complaintkit.core.approval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * Who may approve a proposed resolution, as data: ordered {@link ApprovalRow rows}, the first that covers the
 * resolution (by outcome, compensation, class, flags and the level of the unit handling the complaint) names the
 * approval it needs ({@link ApprovalChain}): one authority, or several levels in order, each step given by another
 * person (such as the branch head, then the head office's leadership above an amount), and any line co-approval:
 * the concurrence of a department of a kind before the last step. A resolution no row covers cannot be approved
 * ({@code CMP-2161}): end the matrix with a row without conditions if every resolution is to be approvable.
 *
 * <p>Set it with {@code ComplaintEngine.Builder.approvalMatrix}; the engine then reads the approver's roles and unit
 * from its organisation directory, never from the actor's claim. Load one from a file with
 * {@link ApprovalMatrixFile}, or build one:
 *
 * <pre>{@code
 * ApprovalMatrix matrix = ApprovalMatrix.builder()
 *         .row(r -> r.compensationAtLeast(Money.of("50000", "CNY")).levels(UnitLevel.BRANCH),
 *                 ApprovalChain.of(Role.APPROVER, UnitLevel.BRANCH).then(Role.of("superior-approver"), UnitLevel.HEAD_OFFICE))
 *         .row(r -> r.levels(UnitLevel.HEAD_OFFICE), ApprovalChain.of(Role.APPROVER, UnitLevel.HEAD_OFFICE)
 *                 .withConcurrenceOf(DepartmentKind.CUSTOMER_SERVICE))
 *         .row(r -> { }, Role.APPROVER, UnitLevel.BRANCH)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ApprovalMatrix {
    private final List<ApprovalRow> rows;

    private ApprovalMatrix(List<ApprovalRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Makes a matrix of rows, in order.
     *
     * @param rows the rows; the first that covers a resolution applies
     * @return the matrix
     * @throws InvalidInputException {@code CMP-4010} if there is no row
     */
    public static ApprovalMatrix of(List<ApprovalRow> rows) {
        if (rows.isEmpty()) {
            throw InvalidInputException.of(ErrorCode.INVALID_APPROVAL_MATRIX, "rows",
                    "an approval matrix needs at least one row; without rows nobody could approve anything");
        }
        rows.forEach(r -> Objects.requireNonNull(r, "row"));
        return new ApprovalMatrix(rows);
    }

    /**
     * Starts a matrix built in Java.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rows, in order.
     *
     * @return the rows
     */
    public List<ApprovalRow> rows() {
        return rows;
    }

    /**
     * Finds the row that applies to a resolution: the first that covers it.
     *
     * @param facts the resolution and its complaint
     * @return the row, or empty if none covers it
     */
    public Optional<ApprovalRow> rowFor(ApprovalFacts facts) {
        return rows.stream().filter(r -> r.covers(facts)).findFirst();
    }

    @Override
    public String toString() {
        return "ApprovalMatrix" + rows.stream().map(r -> r.source() + " -> " + r.approvals()).toList();
    }

    /**
     * The conditions of one row built in Java; every condition left unset covers all resolutions. Not
     * thread-safe.
     */
    public static final class Conditions {
        private final Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        private final Set<String> classes = new LinkedHashSet<>();
        private final Set<ComplaintFlag> flags = EnumSet.noneOf(ComplaintFlag.class);
        private final Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        private Money atLeast;
        private Money below;

        private Conditions() {
        }

        /**
         * Covers only these outcomes.
         *
         * @param covered the outcomes
         * @return these conditions
         */
        public Conditions outcomes(Outcome... covered) {
            outcomes.addAll(List.of(covered));
            return this;
        }

        /**
         * Covers only compensation of at least this amount (a resolution without compensation counts as zero).
         *
         * @param amount the lowest amount covered
         * @return these conditions
         */
        public Conditions compensationAtLeast(Money amount) {
            this.atLeast = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Covers only compensation below this amount.
         *
         * @param amount the first amount not covered
         * @return these conditions
         */
        public Conditions compensationBelow(Money amount) {
            this.below = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Covers only complaints with one of these class codes, in any scheme.
         *
         * @param codes the class codes
         * @return these conditions
         */
        public Conditions classes(String... codes) {
            classes.addAll(List.of(codes));
            return this;
        }

        /**
         * Covers only complaints carrying all these flags.
         *
         * @param required the flags
         * @return these conditions
         */
        public Conditions flags(ComplaintFlag... required) {
            flags.addAll(List.of(required));
            return this;
        }

        /**
         * Covers only complaints handled at a unit of one of these levels.
         *
         * @param covered the levels of the handling unit
         * @return these conditions
         */
        public Conditions levels(UnitLevel... covered) {
            levels.addAll(List.of(covered));
            return this;
        }
    }

    /** Builds a matrix in Java, row by row. Not thread-safe. */
    public static final class Builder {
        private final List<ApprovalRow> rows = new ArrayList<>();
        private final List<Violation> violations = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a row after the ones added so far.
         *
         * @param conditions sets the resolutions the row covers
         * @param role the role the approver holds in the directory
         * @param level the level of the approver's unit
         * @return this builder
         */
        public Builder row(Consumer<Conditions> conditions, Role role, UnitLevel level) {
            return row(conditions, ApprovalChain.of(role, level));
        }

        /**
         * Adds a row after the ones added so far whose approval has several steps, or line co-approval.
         *
         * @param conditions sets the resolutions the row covers
         * @param approvals the steps, in order, and the departments that must concur before the last
         * @return this builder
         */
        public Builder row(Consumer<Conditions> conditions, ApprovalChain approvals) {
            Objects.requireNonNull(approvals, "approvals");
            Conditions c = new Conditions();
            conditions.accept(c);
            String source = "builder row " + (rows.size() + violations.size() + 1);
            List<String> problems = ApprovalRow.problems(c.atLeast, c.below);
            if (!problems.isEmpty()) {
                problems.forEach(p -> violations.add(new Violation(ErrorCode.INVALID_APPROVAL_MATRIX, source, p)));
                return this;
            }
            rows.add(new ApprovalRow(c.outcomes, c.atLeast, c.below, c.classes, c.flags, c.levels,
                    approvals, source));
            return this;
        }

        /**
         * Builds the matrix.
         *
         * @return the matrix
         * @throws InvalidInputException {@code CMP-4010} listing every bad row, or if there is no row
         */
        public ApprovalMatrix build() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return of(rows);
        }
    }
}
