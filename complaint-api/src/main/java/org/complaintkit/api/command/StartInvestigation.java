package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Starts the investigation of an assigned complaint (调查核实).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code StartInvestigation.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 */
public record StartInvestigation(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey) implements HandlingCommand {

    /**
     * Starts the investigation.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return the command
     */
    public static StartInvestigation of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new StartInvestigation(complaintId, actor, idempotencyKey);
    }

    @Override
    public CommandType type() {
        return CommandType.START_INVESTIGATION;
    }
}
