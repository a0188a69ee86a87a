package org.complaintkit.api.event;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * What every event records: which complaint, its place in the complaint's history, when (from
 * the engine's injected {@link java.time.Clock}) and who.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param sequence the event's number in the complaint's history, from 1 without gaps
 * @param occurredAt when the event happened, by the engine's clock
 * @param actor who caused it
 */
public record EventHeader(ComplaintId complaintId, long sequence, Instant occurredAt, Actor actor) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param sequence the event's number in the complaint's history, from 1 without gaps
     * @param occurredAt when the event happened, by the engine's clock
     * @param actor who caused it
     */
    public EventHeader {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1");
        }
    }
}
