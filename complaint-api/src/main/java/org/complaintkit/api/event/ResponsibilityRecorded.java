package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A responsibility finding was recorded: who answers for what went wrong, as the investigation found it. The
 * latest one stands. Kept from the persons concerned until the accountability case is decided.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param verdict the verdict
 * @param liable the staff and units found liable; empty when not liable
 * @param findings what the investigation found
 */
public record ResponsibilityRecorded(EventHeader header, ResponsibilityVerdict verdict, List<LiableParty> liable,
                                     Sensitive findings) implements ComplaintEvent {

    /**
     * Checks and copies the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param verdict the verdict
     * @param liable the parties found liable
     * @param findings the findings
     */
    public ResponsibilityRecorded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(verdict, "verdict");
        liable = List.copyOf(liable);
        Objects.requireNonNull(findings, "findings");
    }
}
