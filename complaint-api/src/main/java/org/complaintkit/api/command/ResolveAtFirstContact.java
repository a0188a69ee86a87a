package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Settles a newly registered complaint on the spot ("能即时解决的，必须即时解决"): in one step it is accepted,
 * assigned to the actor's own unit with the actor as handler, looked into, resolved as proposed by the actor and
 * answered to the customer, and the engine records those five events, as a regulator expects them of the usual
 * path, in one append. Allowed
 * only where the engine's approval rule does not require approval of such a resolution (refused with
 * {@code CMP-2105} otherwise) and the compensation is within the actor's authority.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ResolveAtFirstContact.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who settles it, the handler
 * @param idempotencyKey the caller's key for this intended change
 * @param outcome the outcome
 * @param result what was found and done, told to the customer; also the resolution's summary
 * @param basis the laws, regulations or bank rules it rests on
 * @param compensation the compensation offered, or null
 * @param followUpMeasures follow-up measures with dates, or null
 * @param via how the customer was told
 */
public record ResolveAtFirstContact(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Outcome outcome,
        @NotNull Sensitive result,
        @NotNull Sensitive basis,
        Money compensation,
        Sensitive followUpMeasures,
        @NotNull ContactMethod via) implements HandlingCommand {

    /**
     * Settles the complaint on the spot, without compensation or follow-up measures.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param outcome the outcome
     * @param result what was found and done
     * @param basis what it rests on
     * @param via how the customer was told
     * @return the command
     */
    public static ResolveAtFirstContact of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                           Outcome outcome, Sensitive result, Sensitive basis, ContactMethod via) {
        return new ResolveAtFirstContact(complaintId, actor, idempotencyKey, outcome, result, basis, null, null, via);
    }

    /**
     * Returns this settlement with a compensation.
     *
     * @param value the compensation offered
     * @return a copy with it
     */
    public ResolveAtFirstContact withCompensation(Money value) {
        return new ResolveAtFirstContact(complaintId, actor, idempotencyKey, outcome, result, basis, value,
                followUpMeasures, via);
    }

    /**
     * Returns this settlement with follow-up measures.
     *
     * @param value the measures, with dates
     * @return a copy with them
     */
    public ResolveAtFirstContact withFollowUpMeasures(Sensitive value) {
        return new ResolveAtFirstContact(complaintId, actor, idempotencyKey, outcome, result, basis, compensation,
                value, via);
    }

    /**
     * The proposal this settlement amounts to, as the approval rule and authority limits judge it: the result as
     * summary, the outcome and the compensation, by the same actor under the same key.
     *
     * @return the proposal
     */
    public ProposeResolution asProposal() {
        return new ProposeResolution(complaintId, actor, idempotencyKey, result, outcome, compensation);
    }

    @Override
    public CommandType type() {
        return CommandType.RESOLVE_AT_FIRST_CONTACT;
    }
}
