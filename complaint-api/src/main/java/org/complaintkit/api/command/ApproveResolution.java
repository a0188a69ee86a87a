package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Approves a proposed resolution (审批); the approver must not be the proposer.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param comment the approver's comment, or null
 */
public record ApproveResolution(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        Sensitive comment) implements HandlingCommand {

    @Override
    public CommandType type() {
        return CommandType.APPROVE_RESOLUTION;
    }
}
