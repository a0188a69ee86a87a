package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.casework.ContactDirection;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records a contact with the customer, or an attempt at one (seed 002 四(一)2 "各单位应第一时间联系投诉客户"; seed 000
 * 五.2 "应及时与客户沟通"). The first contact that reaches the customer marks the milestone {@code FIRST_CONTACT},
 * which clocks such as {@code BankProcedures.firstContact()} stop at; an attempt that reaches nobody marks none.
 * Allowed where case notes are.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordContact.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who made or took the contact
 * @param idempotencyKey the caller's key for this intended change
 * @param channel how
 * @param direction who started it
 * @param outcome how it ended
 * @param summary what was said, or what was tried
 */
public record RecordContact(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull ContactMethod channel,
        @NotNull ContactDirection direction,
        @NotNull ContactOutcome outcome,
        @NotNull Sensitive summary) implements HandlingCommand {

    /**
     * Records a contact.
     *
     * @param complaintId the complaint
     * @param actor who made or took the contact
     * @param idempotencyKey the caller's key for this intended change
     * @param channel how
     * @param direction who started it
     * @param outcome how it ended
     * @param summary what was said, or tried
     * @return the command
     */
    public static RecordContact of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                   ContactMethod channel, ContactDirection direction, ContactOutcome outcome,
                                   Sensitive summary) {
        return new RecordContact(complaintId, actor, idempotencyKey, channel, direction, outcome, summary);
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_CONTACT;
    }
}
