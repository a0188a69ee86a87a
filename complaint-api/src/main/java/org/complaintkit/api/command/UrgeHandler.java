package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Urges the complaint's handler (催办 / 督办): sent by the complaint-management unit, or by the first-contact
 * owner, who follows the complaint to its end (首问负责). Refused with {@code CMP-2113} for anyone else or
 * while no handler is named.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code UrgeHandler.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who urges
 * @param idempotencyKey the caller's key for this intended change
 * @param note what is asked, or null
 */
public record UrgeHandler(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        Sensitive note) implements HandlingCommand {

    /**
     * Urges the handler, without a note.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return the command
     */
    public static UrgeHandler of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new UrgeHandler(complaintId, actor, idempotencyKey, null);
    }

    /**
     * Returns this urging with a note.
     *
     * @param note what the urging says
     * @return a copy with it
     */
    public UrgeHandler withNote(Sensitive note) {
        return new UrgeHandler(complaintId, actor, idempotencyKey, note);
    }

    @Override
    public CommandType type() {
        return CommandType.URGE;
    }
}
