package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Sends a proposed resolution back for rework (退回重新处理).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code SendBackResolution.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param reason what must be reworked
 */
public record SendBackResolution(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive reason) implements HandlingCommand {

    /**
     * Sends a proposed resolution back to the handler.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param reason what must change
     * @return the command
     */
    public static SendBackResolution of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive reason) {
        return new SendBackResolution(complaintId, actor, idempotencyKey, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.SEND_BACK;
    }
}
