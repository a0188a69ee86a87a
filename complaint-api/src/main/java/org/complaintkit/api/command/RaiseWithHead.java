package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * The first-contact owner raises a complaint that is not handled in time with the head of the unit handling it
 * ("对没有及时处理的，应…向承办部门负责人汇报"). Only the complaint's current first-contact owner raises it
 * ({@code CMP-2141}); the head is the directory's head of the handling unit ({@code CMP-2142} if it names none),
 * who is notified.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RaiseWithHead.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor the first-contact owner
 * @param idempotencyKey the caller's key for this intended change
 * @param note what the owner reports to the head
 */
public record RaiseWithHead(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive note) implements HandlingCommand {

    /**
     * Raises the complaint with the handling unit's head.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param note what the owner reports
     * @return the command
     */
    public static RaiseWithHead of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                   Sensitive note) {
        return new RaiseWithHead(complaintId, actor, idempotencyKey, note);
    }

    @Override
    public CommandType type() {
        return CommandType.RAISE_WITH_HEAD;
    }
}
