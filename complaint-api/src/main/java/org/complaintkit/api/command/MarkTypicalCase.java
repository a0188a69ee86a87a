package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Marks the complaint's resolution as a typical case for the knowledge base (业务知识库; DOMAIN.md §1 step 11),
 * with a summary written for colleagues. Allowed once the customer has been answered (responded or closed).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code MarkTypicalCase.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param summary the case as the knowledge base tells it: the matter, what was done and why; written without
 *     the customer's personal data
 */
public record MarkTypicalCase(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive summary) implements HandlingCommand {

    /**
     * Marks the complaint as a typical case.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param summary what makes it typical
     * @return the command
     */
    public static MarkTypicalCase of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive summary) {
        return new MarkTypicalCase(complaintId, actor, idempotencyKey, summary);
    }

    @Override
    public CommandType type() {
        return CommandType.MARK_TYPICAL_CASE;
    }
}
