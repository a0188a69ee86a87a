package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records who answers for what went wrong, as the investigation found it (责任认定; seed 002 第九条(三)): the staff
 * and units found liable, who may differ from those the complaint is about, and the verdict. Not the bank's
 * liability towards the customer, which {@link CloseComplaint} records. Allowed from assignment to closure and after
 * it (a review may revise a finding); the latest finding stands. {@link ResponsibilityVerdict#LIABLE} and
 * {@link ResponsibilityVerdict#SHARED} name at least one party, {@link ResponsibilityVerdict#NOT_LIABLE} none, and
 * no party twice ({@code CMP-1180}); a party names one staff member or one unit ({@code CMP-1181}). A staff member
 * does not record a finding about themselves ({@code CMP-2201}).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordResponsibility.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who records the finding
 * @param idempotencyKey the caller's key for this intended change
 * @param verdict the verdict
 * @param liable the staff and units found liable, at most 20; empty for {@link ResponsibilityVerdict#NOT_LIABLE}
 * @param findings what the investigation found
 */
public record RecordResponsibility(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull ResponsibilityVerdict verdict,
        @NotNull @Size(max = 20) List<@NotNull @Valid LiableParty> liable,
        @NotNull Sensitive findings) implements HandlingCommand {

    /**
     * Copies the list of parties.
     *
     * @param complaintId the complaint
     * @param actor who records the finding
     * @param idempotencyKey the caller's key for this intended change
     * @param verdict the verdict
     * @param liable the staff and units found liable
     * @param findings what the investigation found
     */
    public RecordResponsibility {
        liable = liable == null ? null : Collections.unmodifiableList(new ArrayList<>(liable));
    }

    /**
     * Records a finding.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param verdict the verdict
     * @param liable the staff and units found liable
     * @param findings what the investigation found
     * @return the command
     */
    public static RecordResponsibility of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                          ResponsibilityVerdict verdict, List<LiableParty> liable,
                                          Sensitive findings) {
        return new RecordResponsibility(complaintId, actor, idempotencyKey, verdict, liable, findings);
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_RESPONSIBILITY;
    }
}
