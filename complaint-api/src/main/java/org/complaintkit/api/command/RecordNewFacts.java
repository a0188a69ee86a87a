package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records new facts or reasons supplied by the complainant; clocks may restart by policy (CBIRC Art. 18).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordNewFacts.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param facts the new facts
 */
public record RecordNewFacts(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive facts) implements HandlingCommand {

    /**
     * Records new facts the customer or a third party brought.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param facts the new facts
     * @return the command
     */
    public static RecordNewFacts of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive facts) {
        return new RecordNewFacts(complaintId, actor, idempotencyKey, facts);
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_NEW_FACTS;
    }
}
