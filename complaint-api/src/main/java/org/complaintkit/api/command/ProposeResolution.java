package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Proposes a resolution (处理意见); it awaits approval when the approval rule requires it.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ProposeResolution.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param summary what is proposed, with reasons
 * @param outcome the outcome for the complainant
 * @param compensation the compensation offered, or null if none
 */
public record ProposeResolution(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive summary,
        @NotNull Outcome outcome,
        Money compensation) implements HandlingCommand {

    /**
     * Proposes a resolution without compensation.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param summary what is proposed, with reasons
     * @param outcome the outcome for the complainant
     * @return the command
     */
    public static ProposeResolution of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive summary, Outcome outcome) {
        return new ProposeResolution(complaintId, actor, idempotencyKey, summary, outcome, null);
    }

    /**
     * Returns this proposal with compensation offered.
     *
     * @param compensation the compensation offered
     * @return a copy with it
     */
    public ProposeResolution withCompensation(Money compensation) {
        return new ProposeResolution(complaintId, actor, idempotencyKey, summary, outcome, compensation);
    }

    @Override
    public CommandType type() {
        return CommandType.PROPOSE_RESOLUTION;
    }
}
