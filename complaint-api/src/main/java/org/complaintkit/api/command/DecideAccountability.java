package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Decides the complaint's open accountability cases (问责; seed 002 第九条(三), 第二篇 三.3, 第四篇), recorded with
 * the actor as the approver. Refused unless a case is open ({@code CMP-2200}); each sanction is on a party the
 * latest responsibility finding names liable or shared ({@code CMP-2202}); the approver is not a person concerned:
 * not a person the complaint is about, nor a staff member found liable or sanctioned, nor a member of a unit found
 * liable or sanctioned ({@code CMP-2201}). {@link AccountabilityOutcome#SANCTIONED} carries at least one sanction,
 * {@link AccountabilityOutcome#NO_SANCTION} none ({@code CMP-1183}); each sanction's detail fits its kind
 * ({@code CMP-1182}).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code DecideAccountability.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor the approver
 * @param idempotencyKey the caller's key for this intended change
 * @param outcome the outcome
 * @param sanctions the sanctions, at most 50; empty for {@link AccountabilityOutcome#NO_SANCTION}
 * @param reasoning why
 */
public record DecideAccountability(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull AccountabilityOutcome outcome,
        @NotNull @Size(max = 50) List<@NotNull @Valid Sanction> sanctions,
        @NotNull Sensitive reasoning) implements HandlingCommand {

    /**
     * Copies the list of sanctions.
     *
     * @param complaintId the complaint
     * @param actor the approver
     * @param idempotencyKey the caller's key for this intended change
     * @param outcome the outcome
     * @param sanctions the sanctions
     * @param reasoning why
     */
    public DecideAccountability {
        sanctions = sanctions == null ? null : Collections.unmodifiableList(new ArrayList<>(sanctions));
    }

    /**
     * Decides the open cases.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param outcome the outcome
     * @param sanctions the sanctions
     * @param reasoning why
     * @return the command
     */
    public static DecideAccountability of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                          AccountabilityOutcome outcome, List<Sanction> sanctions,
                                          Sensitive reasoning) {
        return new DecideAccountability(complaintId, actor, idempotencyKey, outcome, sanctions, reasoning);
    }

    @Override
    public CommandType type() {
        return CommandType.DECIDE_ACCOUNTABILITY;
    }
}
