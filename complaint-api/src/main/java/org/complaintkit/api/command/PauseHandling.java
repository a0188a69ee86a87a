package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Pauses handling while waiting for the customer or a third party.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param reason why handling waits
 * @param note details, or null
 */
public record PauseHandling(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull PauseReason reason,
        Sensitive note) implements HandlingCommand {

    @Override
    public CommandType type() {
        return CommandType.PAUSE;
    }
}
