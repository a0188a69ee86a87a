package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records a completion time promised to the customer on this complaint (承诺办结时间, seed 002 第二篇 四(三)2:
 * "在承诺时限内及时处理"). The promise starts a clock of its own, due at the promised time, that the answer to the
 * customer stops. Promising again on a complaint that already has a promise changes the promise: the change must
 * carry a reason (refused with {@code CMP-2130} otherwise), is recorded with the previous promise, moves the clock
 * to the new time, and the customer is told. The promised time must lie after the engine's clock
 * ({@code CMP-1125}) and no later than the last day a calendar may know ({@code CMP-1005}), and the engine needs a business calendar to run the promise's clock on ({@code CMP-2132}).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code PromiseCompletion.of(...)}, adding the reason of a change with {@link #withReason}.
 *
 * @param complaintId the complaint
 * @param actor who promises
 * @param idempotencyKey the caller's key for this intended change
 * @param promisedBy the instant by which the bank promised to complete
 * @param wording what was promised, in the words said or written to the customer
 * @param reason why an earlier promise is changed; required when the complaint already has a promise, else null
 */
public record PromiseCompletion(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Instant promisedBy,
        @NotNull Sensitive wording,
        Sensitive reason) implements HandlingCommand {

    /**
     * Promises completion by an instant, in the words given to the customer.
     *
     * @param complaintId the complaint
     * @param actor who promises
     * @param idempotencyKey the caller's key for this intended change
     * @param promisedBy the instant by which the bank promised to complete
     * @param wording what was promised
     * @return the command
     */
    public static PromiseCompletion of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                       Instant promisedBy, Sensitive wording) {
        return new PromiseCompletion(complaintId, actor, idempotencyKey, promisedBy, wording, null);
    }

    /**
     * Returns this promise with the reason it changes an earlier one.
     *
     * @param why why the earlier promise is changed
     * @return a copy with it
     */
    public PromiseCompletion withReason(Sensitive why) {
        return new PromiseCompletion(complaintId, actor, idempotencyKey, promisedBy, wording, why);
    }

    @Override
    public CommandType type() {
        return CommandType.PROMISE_COMPLETION;
    }
}
