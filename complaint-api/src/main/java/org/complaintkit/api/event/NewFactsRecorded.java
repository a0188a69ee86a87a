package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complainant supplied new facts or reasons.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param facts the new facts
 */
public record NewFactsRecorded(EventHeader header, Sensitive facts) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param facts the new facts
     */
    public NewFactsRecorded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(facts, "facts");
    }
}
