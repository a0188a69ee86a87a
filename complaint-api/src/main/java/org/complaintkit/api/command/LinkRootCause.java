package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.RemediationAction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Links the complaint to a root-cause record (溯源整改; FCA DISP 1.3.3R), optionally planning remediation
 * actions with owners and due dates. Many complaints link to one root cause by its id; the root-cause
 * register gathers them. Allowed once the complaint is accepted, closed ones included.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code LinkRootCause.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param rootCauseId the root cause's identifier, for example {@code RC-2026-007}
 * @param title what the root cause is, in a line
 * @param actions remediation actions planned with this link; empty to link only; at most 20
 */
public record LinkRootCause(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String rootCauseId,
        @NotNull Sensitive title,
        @NotNull @Size(max = 20) List<@NotNull @Valid RemediationAction> actions) implements HandlingCommand {

    /**
     * Copies the actions.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param rootCauseId the root cause's identifier
     * @param title what the root cause is
     * @param actions remediation actions planned with this link
     */
    public LinkRootCause {
        actions = actions == null ? null : Collections.unmodifiableList(new ArrayList<>(actions));
    }

    /**
     * Links the complaint to a root cause, planning no remediation actions.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param rootCauseId the root cause's identifier, for example {@code RC-2026-007}
     * @param title what the root cause is, in a line
     * @return the command
     */
    public static LinkRootCause of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, String rootCauseId, Sensitive title) {
        return new LinkRootCause(complaintId, actor, idempotencyKey, rootCauseId, title, List.of());
    }

    /**
     * Returns this link with remediation actions.
     *
     * @param planned remediation actions planned with this link, at most 20
     * @return a copy with it
     */
    public LinkRootCause withActions(List<RemediationAction> planned) {
        return new LinkRootCause(complaintId, actor, idempotencyKey, rootCauseId, title, planned);
    }

    @Override
    public CommandType type() {
        return CommandType.LINK_ROOT_CAUSE;
    }
}
