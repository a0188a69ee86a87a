package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Resumes the clocks a regulator's cohort order paused on one complaint, when the order is lifted; allowed in
 * every open status and after closure (a closed complaint may be reopened), and refused ({@code CMP-2221}) if the
 * order does not pause the complaint. The clocks' deadlines move by the time the order held them.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ResumeClocksByOrder.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param orderReference the reference of the order lifted
 */
public record ResumeClocksByOrder(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) String orderReference) implements HandlingCommand {

    /**
     * Resumes the clocks an order paused.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param orderReference the order's reference
     * @return the command
     */
    public static ResumeClocksByOrder of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                         String orderReference) {
        return new ResumeClocksByOrder(complaintId, actor, idempotencyKey, orderReference);
    }

    @Override
    public CommandType type() {
        return CommandType.RESUME_BY_ORDER;
    }
}
