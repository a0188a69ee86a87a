package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records the opinion of a co-handling unit (协办部门的意见): the first responsible unit decides, the units named
 * beside it "做好协调配合工作" and say what they found. Given by a member of a co-handling unit only (the actor's
 * unit, as the directory gives it, is one of the assignment's co-handlers); refused with {@code CMP-2140} for
 * anyone else. A unit may give its opinion again; the latest counts.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code GiveOpinion.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor the co-handling unit's staff member who gives the opinion
 * @param idempotencyKey the caller's key for this intended change
 * @param opinion what the unit found and advises
 */
public record GiveOpinion(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive opinion) implements HandlingCommand {

    /**
     * Gives a co-handling unit's opinion.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param opinion what the unit found and advises
     * @return the command
     */
    public static GiveOpinion of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                 Sensitive opinion) {
        return new GiveOpinion(complaintId, actor, idempotencyKey, opinion);
    }

    @Override
    public CommandType type() {
        return CommandType.GIVE_OPINION;
    }
}
