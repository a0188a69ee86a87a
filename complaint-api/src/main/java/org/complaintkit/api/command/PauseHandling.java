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
 * <p>Write one with {@code PauseHandling.of(...)}, adding optional parts with its {@code with...} methods.
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

    /**
     * Pauses handling for a reason, without a note.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param reason why handling waits
     * @return the command
     */
    public static PauseHandling of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, PauseReason reason) {
        return new PauseHandling(complaintId, actor, idempotencyKey, reason, null);
    }

    /**
     * Returns this pause with a note.
     *
     * @param note details of the pause
     * @return a copy with it
     */
    public PauseHandling withNote(Sensitive note) {
        return new PauseHandling(complaintId, actor, idempotencyKey, reason, note);
    }

    @Override
    public CommandType type() {
        return CommandType.PAUSE;
    }
}
