package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records an emergency payment made to the complainant during an outage (seed 002 第二篇 四(三)4). Checked
 * against the actor's authority for the customer's segment: at most 5,000 for an ordinary and 10,000 for a
 * VIP customer in the seeds; above it the command is refused with {@code CMP-2110}.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordEmergencyPayment.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who pays
 * @param idempotencyKey the caller's key for this intended change
 * @param amount the amount paid
 * @param purpose what the money is for, such as a hospital bill
 */
public record RecordEmergencyPayment(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Valid Money amount,
        @NotNull Sensitive purpose) implements HandlingCommand {

    /**
     * Records an emergency payment.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param amount the amount paid
     * @param purpose what the money is for, such as a hospital bill
     * @return the command
     */
    public static RecordEmergencyPayment of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Money amount, Sensitive purpose) {
        return new RecordEmergencyPayment(complaintId, actor, idempotencyKey, amount, purpose);
    }

    @Override
    public CommandType type() {
        return CommandType.EMERGENCY_PAYMENT;
    }
}
