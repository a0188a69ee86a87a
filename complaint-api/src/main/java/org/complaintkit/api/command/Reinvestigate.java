package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Sends a complaint back to investigation after a dissatisfied answer or a review (再次调查).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code Reinvestigate.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param reason why it is investigated again
 */
public record Reinvestigate(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive reason) implements HandlingCommand {

    /**
     * Reopens the investigation, with the reason.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param reason why it is investigated again
     * @return the command
     */
    public static Reinvestigate of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive reason) {
        return new Reinvestigate(complaintId, actor, idempotencyKey, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.REINVESTIGATE;
    }
}
