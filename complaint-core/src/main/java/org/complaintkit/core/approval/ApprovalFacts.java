package org.complaintkit.core.approval;

import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * What the approval matrix reads of a proposed resolution and its complaint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome the proposed outcome
 * @param compensation the proposed compensation, or null if none is offered
 * @param classes the class codes the complaint has now, in any scheme
 * @param flags the complaint's flags now
 * @param level the level of the unit handling the complaint, from the organisation directory
 */
public record ApprovalFacts(Outcome outcome, Money compensation, Set<String> classes, Set<ComplaintFlag> flags,
                            UnitLevel level) {

    /**
     * Checks and copies the components.
     *
     * @param outcome the proposed outcome
     * @param compensation the proposed compensation, or null if none is offered
     * @param classes the class codes the complaint has now, in any scheme
     * @param flags the complaint's flags now
     * @param level the level of the unit handling the complaint
     */
    public ApprovalFacts {
        Objects.requireNonNull(outcome, "outcome");
        classes = Set.copyOf(classes);
        flags = Set.copyOf(flags);
        Objects.requireNonNull(level, "level");
    }

    /**
     * The facts of a resolution that offers no compensation, which the matrix counts as zero.
     *
     * @param outcome the proposed outcome
     * @param classes the class codes the complaint has now, in any scheme
     * @param flags the complaint's flags now
     * @param level the level of the unit handling the complaint
     * @return the facts
     */
    public static ApprovalFacts withoutCompensation(Outcome outcome, Set<String> classes, Set<ComplaintFlag> flags,
                                                    UnitLevel level) {
        return new ApprovalFacts(outcome, null, classes, flags, level);
    }
}
