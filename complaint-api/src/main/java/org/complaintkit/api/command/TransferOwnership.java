package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;

/**
 * Hands the first-contact ownership (首问负责) of a complaint to another staff member, with the reason, for
 * example when the owner leaves the outlet. Done by the current owner or the complaint-management unit
 * ({@code CMP-2141} for anyone else); the new owner must be an active staff member the directory knows
 * ({@code CMP-1102}), not a person the complaint is about ({@code CMP-2102}), and not the owner already
 * ({@code CMP-2143}). From then on the new owner is who the access policy, urging and owner notices treat as
 * owner.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code TransferOwnership.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who transfers
 * @param idempotencyKey the caller's key for this intended change
 * @param to the new first-contact owner
 * @param reason why the ownership moves
 */
public record TransferOwnership(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull StaffId to,
        @NotNull Sensitive reason) implements HandlingCommand {

    /**
     * Transfers the ownership.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param to the new owner
     * @param reason why
     * @return the command
     */
    public static TransferOwnership of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                       StaffId to, Sensitive reason) {
        return new TransferOwnership(complaintId, actor, idempotencyKey, to, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.TRANSFER_OWNERSHIP;
    }
}
