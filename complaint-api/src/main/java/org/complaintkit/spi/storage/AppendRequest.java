package org.complaintkit.spi.storage;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * One atomic change to one complaint, as the engine hands it to a {@link ComplaintStore}.
 *
 * <p>Immutable and thread-safe. Checked on construction: at least one event, all of this complaint,
 * numbered from {@code expectedVersion + 1} without gaps.
 *
 * @param complaintId the complaint
 * @param expectedVersion the version the complaint must still have; 0 for a new complaint
 * @param events the new events, in sequence order
 * @param index the complaint's index row after the events
 * @param command the record of the command that produced the events, or null for changes the engine makes
 *     on its own (a sweep's warnings and overdue clocks), which carry no idempotency key
 * @param outbox outbox entries of this complaint to write with the events: new notices, and existing entries
 *     replaced by their dedupe key (a delivery outcome); empty if none
 * @param seals each event's seal, in the order of {@code events}: a hash chained to the seal of the event
 *     before it, which the store keeps beside the event and returns from {@link ComplaintStore#loadSealed};
 *     empty when the writer seals nothing (a test fixture)
 * @param sealKeyVersion the version of the seal key every seal of this append was made with, which the store
 *     keeps beside each event and returns in {@link SealedEvent#keyVersion()}; 0 ({@code SealKey.LEGACY}) for a
 *     sealer of one key and for an append without seals
 * @param projection the complaint's report projection after the events, which a store that keeps projections
 *     ({@link ComplaintStore#keepsProjections}) stores in the same atomic append, replacing the one before; null
 *     when the writer makes none, and then such a store keeps no projection for the complaint until one is saved
 *     (a report folds its history meanwhile)
 */
public record AppendRequest(ComplaintId complaintId, long expectedVersion, List<ComplaintEvent> events,
                            ComplaintIndex index, CommandRecord command, List<OutboxEntry> outbox,
                            List<String> seals, int sealKeyVersion, ReportProjection projection) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param expectedVersion the version the complaint must still have; 0 for a new complaint
     * @param events the new events, in sequence order
     * @param index the complaint's index row after the events
     * @param command the record of the command that produced the events, or null for the engine's own changes
     * @param outbox outbox entries of this complaint to write with the events; distinct keys
     * @param seals one seal per event (64 lower-case hexadecimal digits), or empty
     * @param sealKeyVersion the version of the seal key the seals were made with; not negative
     * @param projection the report projection after the events, or null
     */
    public AppendRequest {
        Objects.requireNonNull(complaintId, "complaintId");
        events = List.copyOf(events);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
        seals = seals == null ? List.of() : List.copyOf(seals);
        Objects.requireNonNull(index, "index");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative");
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one event");
        }
        long next = expectedVersion + 1;
        for (ComplaintEvent event : events) {
            if (!event.complaintId().equals(complaintId) || event.sequence() != next++) {
                throw new IllegalArgumentException("events must belong to the complaint and be numbered from "
                        + (expectedVersion + 1) + " without gaps");
            }
        }
        if (command != null && (!command.complaintId().equals(complaintId)
                || command.firstSequence() != expectedVersion + 1 || command.lastSequence() != next - 1)) {
            throw new IllegalArgumentException("the command record must cover exactly the appended events");
        }
        if (sealKeyVersion < 0) {
            throw new IllegalArgumentException("a seal key version is not negative");
        }
        if (!seals.isEmpty() && seals.size() != events.size()) {
            throw new IllegalArgumentException("an append carries one seal per event or none");
        }
        for (String seal : seals) {
            if (!isSeal(seal)) {
                throw new IllegalArgumentException("a seal is 64 lower-case hexadecimal digits");
            }
        }
        Set<String> keys = new HashSet<>();
        for (OutboxEntry entry : outbox) {
            if (!entry.complaintId().equals(complaintId) || !keys.add(entry.dedupeKey())) {
                throw new IllegalArgumentException("outbox entries must belong to the complaint and have distinct keys");
            }
        }
    }

    /**
     * An append without a report projection, whose seals were made with the legacy key version, 0: a sealer
     * of one key.
     *
     * @param complaintId the complaint
     * @param expectedVersion the version the complaint must still have; 0 for a new complaint
     * @param events the new events, in sequence order
     * @param index the complaint's index row after the events
     * @param command the record of the command that produced the events, or null for the engine's own changes
     * @param outbox outbox entries of this complaint to write with the events; distinct keys
     * @param seals one seal per event (64 lower-case hexadecimal digits), or empty
     */
    public AppendRequest(ComplaintId complaintId, long expectedVersion, List<ComplaintEvent> events,
                         ComplaintIndex index, CommandRecord command, List<OutboxEntry> outbox, List<String> seals) {
        this(complaintId, expectedVersion, events, index, command, outbox, seals, 0, null);
    }

    /**
     * An append without a report projection whose seals were made with a given key version.
     *
     * @param complaintId the complaint
     * @param expectedVersion the version the complaint must still have; 0 for a new complaint
     * @param events the new events, in sequence order
     * @param index the complaint's index row after the events
     * @param command the record of the command that produced the events, or null for the engine's own changes
     * @param outbox outbox entries of this complaint to write with the events; distinct keys
     * @param seals one seal per event (64 lower-case hexadecimal digits), or empty
     * @param sealKeyVersion the version of the seal key the seals were made with; not negative
     */
    public AppendRequest(ComplaintId complaintId, long expectedVersion, List<ComplaintEvent> events,
                         ComplaintIndex index, CommandRecord command, List<OutboxEntry> outbox,
                         List<String> seals, int sealKeyVersion) {
        this(complaintId, expectedVersion, events, index, command, outbox, seals, sealKeyVersion, null);
    }

    /**
     * Returns this append with a report projection of the complaint after it.
     *
     * @param after the projection after the events
     * @return the append carrying it
     */
    public AppendRequest withProjection(ReportProjection after) {
        return new AppendRequest(complaintId, expectedVersion, events, index, command, outbox, seals, sealKeyVersion,
                Objects.requireNonNull(after, "after"));
    }

    /**
     * An append whose events carry no seals.
     *
     * @param complaintId the complaint
     * @param expectedVersion the version the complaint must still have; 0 for a new complaint
     * @param events the new events, in sequence order
     * @param index the complaint's index row after the events
     * @param command the record of the command that produced the events, or null for the engine's own changes
     * @param outbox outbox entries of this complaint to write with the events; distinct keys
     */
    public AppendRequest(ComplaintId complaintId, long expectedVersion, List<ComplaintEvent> events,
                         ComplaintIndex index, CommandRecord command, List<OutboxEntry> outbox) {
        this(complaintId, expectedVersion, events, index, command, outbox, List.of());
    }

    /**
     * An append without outbox entries.
     *
     * @param complaintId the complaint
     * @param expectedVersion the version the complaint must still have; 0 for a new complaint
     * @param events the new events, in sequence order
     * @param index the complaint's index row after the events
     * @param command the record of the command that produced the events, or null for the engine's own changes
     */
    public AppendRequest(ComplaintId complaintId, long expectedVersion, List<ComplaintEvent> events,
                         ComplaintIndex index, CommandRecord command) {
        this(complaintId, expectedVersion, events, index, command, List.of());
    }

    /**
     * Returns the seal of one of the appended events.
     *
     * @param i the event's position in {@link #events()}
     * @return its seal, or null if the append carries no seals
     */
    public String sealOf(int i) {
        return seals.isEmpty() ? null : seals.get(i);
    }

    /**
     * Tells whether a text has the form of a seal: 64 lower-case hexadecimal digits (a SHA-256 or
     * HMAC-SHA-256 value).
     *
     * @param text the text, or null
     * @return true if it is a seal
     */
    public static boolean isSeal(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the complaint's version after the append.
     *
     * @return the new version
     */
    public long newVersion() {
        return expectedVersion + events.size();
    }
}
