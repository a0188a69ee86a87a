package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.organisation.Actor;

/**
 * Escalates the complaint one level up the organisation: from the unit it is escalated to so far (else
 * its handling unit, else its receiving unit) to that unit's parent, as the organisation directory gives
 * it. Refused with {@code CMP-2111} at the head office, or when the engine has no directory.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code EscalateComplaint.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who escalates
 * @param idempotencyKey the caller's key for this intended change
 * @param trigger why
 * @param note details, or null
 */
public record EscalateComplaint(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull EscalationTrigger trigger,
        Sensitive note) implements HandlingCommand {

    /**
     * Escalates the complaint for a trigger, without a note.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param trigger why
     * @return the command
     */
    public static EscalateComplaint of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, EscalationTrigger trigger) {
        return new EscalateComplaint(complaintId, actor, idempotencyKey, trigger, null);
    }

    /**
     * Returns this escalation with a note.
     *
     * @param note details
     * @return a copy with it
     */
    public EscalateComplaint withNote(Sensitive note) {
        return new EscalateComplaint(complaintId, actor, idempotencyKey, trigger, note);
    }

    @Override
    public CommandType type() {
        return CommandType.ESCALATE;
    }
}
