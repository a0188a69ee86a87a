package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records the complainant's withdrawal; the case ends the day it is received (CBIRC Art. 15).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code WithdrawComplaint.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param reason the reason given, or null
 */
public record WithdrawComplaint(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        Sensitive reason) implements HandlingCommand {

    /**
     * Records that the customer withdrew the complaint, without a reason.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return the command
     */
    public static WithdrawComplaint of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new WithdrawComplaint(complaintId, actor, idempotencyKey, null);
    }

    /**
     * Returns this withdrawal with the customer's reason.
     *
     * @param reason the reason the customer gave
     * @return a copy with it
     */
    public WithdrawComplaint withReason(Sensitive reason) {
        return new WithdrawComplaint(complaintId, actor, idempotencyKey, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.WITHDRAW;
    }
}
