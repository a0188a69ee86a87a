package org.complaintkit.core.approval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * What the approval of the resolutions one {@link ApprovalRow} covers needs: one or more steps, each an
 * {@link ApprovalAuthority} given in order by a different person (such as the branch head, then the head office's
 * leadership above an amount: 提交主管领导批示, seed 002 第四篇), and the line co-approval of departments of some kinds
 * (the concurrence, {@code ConcurResolution}, of such a department) before the last step.
 *
 * <pre>{@code
 * ApprovalChain chain = ApprovalChain.of(Role.APPROVER, UnitLevel.BRANCH)
 *         .then(Role.of("superior-approver"), UnitLevel.HEAD_OFFICE)
 *         .withConcurrenceOf(DepartmentKind.BUSINESS_LINE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param steps the authorities, in the order their approvals are given; at least one
 * @param concurrence the kinds of department each of which must have concurred before the last step; empty for none
 */
public record ApprovalChain(List<ApprovalAuthority> steps, Set<DepartmentKind> concurrence) {

    /**
     * Checks and copies the components.
     *
     * @param steps the authorities, in order; at least one
     * @param concurrence the kinds of department that must concur before the last step
     * @throws IllegalArgumentException if there is no step
     */
    public ApprovalChain {
        steps = List.copyOf(steps);
        concurrence = Set.copyOf(concurrence);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an approval needs at least one step");
        }
    }

    /**
     * One approval, by one authority, with no co-approval: what a single-step row asks for.
     *
     * @param role the role the approver holds in the directory
     * @param level the level of the approver's unit
     * @return the chain
     */
    public static ApprovalChain of(Role role, UnitLevel level) {
        return new ApprovalChain(List.of(new ApprovalAuthority(role, level)), Set.of());
    }

    /**
     * Adds a step after the ones so far.
     *
     * @param role the role the approver of the new step holds in the directory
     * @param level the level of that approver's unit
     * @return a new chain
     */
    public ApprovalChain then(Role role, UnitLevel level) {
        List<ApprovalAuthority> more = new ArrayList<>(steps);
        more.add(new ApprovalAuthority(role, level));
        return new ApprovalChain(more, concurrence);
    }

    /**
     * Asks, besides, for the concurrence of a department of each of these kinds before the last step.
     *
     * @param kinds the kinds of department
     * @return a new chain
     */
    public ApprovalChain withConcurrenceOf(DepartmentKind... kinds) {
        Set<DepartmentKind> more = EnumSet.noneOf(DepartmentKind.class);
        more.addAll(concurrence);
        more.addAll(List.of(kinds));
        return new ApprovalChain(steps, more);
    }

    /**
     * Returns the authority of one step.
     *
     * @param step the step, from 1
     * @return its authority
     * @throws IndexOutOfBoundsException if the chain has no such step
     */
    public ApprovalAuthority step(int step) {
        return steps.get(step - 1);
    }

    /**
     * Returns how many steps the chain has.
     *
     * @return the number of steps, at least 1
     */
    public int size() {
        return steps.size();
    }

    /**
     * Describes the chain for refusals and documents, without naming anybody.
     *
     * @return such as "role approver at a BRANCH unit on the complaint's line, then role superior-approver at a
     *     HEAD_OFFICE unit on the complaint's line, with the concurrence of a BUSINESS_LINE department"
     */
    @Override
    public String toString() {
        String chain = steps.stream().map(ApprovalAuthority::toString).collect(Collectors.joining(", then "));
        return concurrence.isEmpty() ? chain : chain + ", with the concurrence of " + concurrence.stream()
                .sorted().map(k -> "a " + k + " department").collect(Collectors.joining(" and "));
    }
}
