package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complaint's resolution was marked a typical case for the knowledge base.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param summary the case as the knowledge base tells it
 */
public record TypicalCaseMarked(EventHeader header, Sensitive summary) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param summary the case as the knowledge base tells it
     */
    public TypicalCaseMarked {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(summary, "summary");
    }
}
