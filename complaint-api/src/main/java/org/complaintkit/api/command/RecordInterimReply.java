package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records that the customer was told how handling stands, before the final answer (seed 002 第二篇 五
 * "4小时内将处理情况回复客户"). It marks the milestone {@code INTERIM_REPLY}, which {@code BankProcedures.reply()}
 * stops at; it is not the response ({@code RespondToCustomer}) and moves no status. Allowed from acceptance while
 * the complaint is open and not yet answered.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordInterimReply.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who replied
 * @param idempotencyKey the caller's key for this intended change
 * @param via the channel the customer was told by
 * @param told what the customer was told of the handling
 */
public record RecordInterimReply(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull ContactMethod via,
        @NotNull Sensitive told) implements HandlingCommand {

    /**
     * Records an interim reply.
     *
     * @param complaintId the complaint
     * @param actor who replied
     * @param idempotencyKey the caller's key for this intended change
     * @param via the channel
     * @param told what the customer was told
     * @return the command
     */
    public static RecordInterimReply of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                        ContactMethod via, Sensitive told) {
        return new RecordInterimReply(complaintId, actor, idempotencyKey, via, told);
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_INTERIM_REPLY;
    }
}
