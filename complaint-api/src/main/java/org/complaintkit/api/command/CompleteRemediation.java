package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records that a remediation action planned on this complaint is done. Refused with {@code CMP-2115} unless
 * the complaint planned an action of that id under that root cause and it is not yet done.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * @param complaintId the complaint on which the action was planned
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param rootCauseId the root cause
 * @param actionId the action
 * @param note what was done
 */
public record CompleteRemediation(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String rootCauseId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String actionId,
        @NotNull Sensitive note) implements HandlingCommand {

    @Override
    public CommandType type() {
        return CommandType.COMPLETE_REMEDIATION;
    }
}
