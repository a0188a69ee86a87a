package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Replies to the body that forwarded the complaint (a superior unit, the regulator, a consumer association, the
 * media) with the result of its handling (seed 003: "上级部门及新闻媒体、消保委等单位转来的投诉…对口回复投诉处理结果").
 * The reply is sent to the body through the notification SPI, so its proof of sending lands in the history as for
 * the customer's notices. Refused with {@code CMP-2131} on a complaint that was not forwarded.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ReplyToForwardingBody.of(...)}, adding the body's reference with
 * {@link #withBodyReference}.
 *
 * @param complaintId the complaint
 * @param actor who replies
 * @param idempotencyKey the caller's key for this intended change
 * @param content what the reply says
 * @param sendTo where the forwarding body receives it: the channel and its address there
 * @param bodyReference the forwarding body's own reference the reply quotes, or null to quote the one the
 *     registration recorded (if any)
 */
public record ReplyToForwardingBody(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive content,
        @NotNull @Valid ContactPoint sendTo,
        @Size(max = 128) String bodyReference) implements HandlingCommand {

    /**
     * Replies to the forwarding body, quoting the reference the registration recorded.
     *
     * @param complaintId the complaint
     * @param actor who replies
     * @param idempotencyKey the caller's key for this intended change
     * @param content what the reply says
     * @param sendTo where the body receives it
     * @return the command
     */
    public static ReplyToForwardingBody of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                           Sensitive content, ContactPoint sendTo) {
        return new ReplyToForwardingBody(complaintId, actor, idempotencyKey, content, sendTo, null);
    }

    /**
     * Returns this reply quoting the body's own reference.
     *
     * @param reference the forwarding body's reference
     * @return a copy with it
     */
    public ReplyToForwardingBody withBodyReference(String reference) {
        return new ReplyToForwardingBody(complaintId, actor, idempotencyKey, content, sendTo, reference);
    }

    @Override
    public CommandType type() {
        return CommandType.REPLY_TO_FORWARDING_BODY;
    }
}
