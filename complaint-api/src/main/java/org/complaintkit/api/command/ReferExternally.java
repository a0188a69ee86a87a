package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ExternalBody;
import org.complaintkit.api.organisation.Actor;

/**
 * Refers a complaint to mediation, arbitration, an ombudsman, a regulator or a court.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ReferExternally.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param body where it is referred
 * @param externalReference the body's reference, or null
 */
public record ReferExternally(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull ExternalBody body,
        @Size(max = 128) String externalReference) implements HandlingCommand {

    /**
     * Refers the complaint to an external body, without its reference.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param body where it is referred
     * @return the command
     */
    public static ReferExternally of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, ExternalBody body) {
        return new ReferExternally(complaintId, actor, idempotencyKey, body, null);
    }

    /**
     * Returns this referral with the body's reference.
     *
     * @param externalReference the body's reference, at most 128 characters
     * @return a copy with it
     */
    public ReferExternally withReference(String externalReference) {
        return new ReferExternally(complaintId, actor, idempotencyKey, body, externalReference);
    }

    @Override
    public CommandType type() {
        return CommandType.REFER_EXTERNALLY;
    }
}
