package org.complaintkit.core.lifecycle;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintState;

/**
 * What a {@link Guard} may look at: the complaint as it is, the command, the engine's current
 * time and the lifecycle rules in force.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the complaint before the command
 * @param command the command
 * @param now the engine clock's instant for this command
 * @param rules the lifecycle rules
 * @param reviewWindow what the engine's review-window clock says, if one runs for the complaint
 * @param approvalSteps how many approval steps the resolution awaiting approval needs in all, as the engine's
 *     approval matrix says now: 1 where it asks for one, and where no matrix speaks
 */
public record GuardContext(ComplaintState state, HandlingCommand command, Instant now, LifecycleRules rules,
                           WindowReading reviewWindow, int approvalSteps) {

    /**
     * Checks the components.
     *
     * @param state the complaint before the command
     * @param command the command
     * @param now the engine clock's instant for this command
     * @param rules the lifecycle rules
     * @param reviewWindow what the engine's review-window clock says
     * @param approvalSteps how many approval steps the resolution awaiting approval needs in all, at least 1
     */
    public GuardContext {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reviewWindow, "reviewWindow");
        if (approvalSteps < 1) {
            throw new IllegalArgumentException("an approval has at least one step");
        }
    }

    /**
     * A context in which approvals have one step.
     *
     * @param state the complaint before the command
     * @param command the command
     * @param now the engine clock's instant for this command
     * @param rules the lifecycle rules
     * @param reviewWindow what the engine's review-window clock says
     */
    public GuardContext(ComplaintState state, HandlingCommand command, Instant now, LifecycleRules rules,
                        WindowReading reviewWindow) {
        this(state, command, now, rules, reviewWindow, 1);
    }

    /**
     * A context in which no clock speaks, nor an approval matrix: the guards count the review window by the rules,
     * and approvals have one step.
     *
     * @param state the complaint before the command
     * @param command the command
     * @param now the engine clock's instant for this command
     * @param rules the lifecycle rules
     */
    public GuardContext(ComplaintState state, HandlingCommand command, Instant now, LifecycleRules rules) {
        this(state, command, now, rules, WindowReading.BY_RULES, 1);
    }
}
