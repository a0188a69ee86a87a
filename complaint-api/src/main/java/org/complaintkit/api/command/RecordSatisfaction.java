package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records the customer's answer at the return visit (回访).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordSatisfaction.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param satisfaction the answer
 * @param remark what the customer said, or null
 */
public record RecordSatisfaction(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Satisfaction satisfaction,
        Sensitive remark) implements HandlingCommand {

    /**
     * Records the customer's satisfaction, without a remark.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param satisfaction the answer
     * @return the command
     */
    public static RecordSatisfaction of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Satisfaction satisfaction) {
        return new RecordSatisfaction(complaintId, actor, idempotencyKey, satisfaction, null);
    }

    /**
     * Returns this record with the customer's remark.
     *
     * @param remark what the customer said
     * @return a copy with it
     */
    public RecordSatisfaction withRemark(Sensitive remark) {
        return new RecordSatisfaction(complaintId, actor, idempotencyKey, satisfaction, remark);
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_SATISFACTION;
    }
}
