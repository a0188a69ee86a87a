package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Resumes a paused investigation.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ResumeHandling.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 */
public record ResumeHandling(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey) implements HandlingCommand {

    /**
     * Resumes handling after a pause.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return the command
     */
    public static ResumeHandling of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new ResumeHandling(complaintId, actor, idempotencyKey);
    }

    @Override
    public CommandType type() {
        return CommandType.RESUME;
    }
}
