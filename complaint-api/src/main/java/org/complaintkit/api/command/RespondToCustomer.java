package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Tells the customer the result, its basis and any follow-up measures (回复).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param result the result of handling
 * @param basis the laws, regulations or bank rules it rests on
 * @param followUpMeasures follow-up measures with dates, or null
 * @param via how the customer is told
 */
public record RespondToCustomer(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive result,
        @NotNull Sensitive basis,
        Sensitive followUpMeasures,
        @NotNull ContactMethod via) implements HandlingCommand {

    @Override
    public CommandType type() {
        return CommandType.RESPOND;
    }
}
