package org.complaintkit.core.engine;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintNotFoundException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.classification.BucketDecision;
import org.complaintkit.core.complaint.CoHandlerOpinions;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.routing.RoutingDecision;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * The engine's reads for the host's own code: nothing here is checked against a reader, so nothing here may be
 * shown to a staff member as it is. Use it for the host's jobs, integrations and audits (the record a regulator
 * asks for, a reconciliation, an export); for a staff member's screen use the engine's reads that take the reader
 * ({@link ComplaintEngine#view}, {@link ComplaintEngine#history(ComplaintId, Actor)} and the others), which go through
 * the access policy and record a refusal. docs/security.md lists every entry point with its rule.
 *
 * <pre>{@code
 * List<ComplaintEvent> record = engine.hostReads().history(id);     // trusted: the host's own audit export
 * List<ComplaintEvent> shown = engine.history(id, reader);         // checked: refused for the accused
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class HostReads {
    private final ComplaintReader reader;

    HostReads(ComplaintReader reader) {
        this.reader = reader;
    }

    /**
     * Finds a complaint's current state. This is a trusted read for host code; reads on behalf of a
     * staff member go through the access policy.
     *
     * @param id the complaint
     * @return its state, or empty if unknown
     * @throws StoreException if the store fails
     */
    public Optional<ComplaintState> find(ComplaintId id) {
        return reader.find(id);
    }

    /**
     * Returns a complaint's events, the record a regulator may ask for.
     *
     * @param id the complaint
     * @return its events by sequence number; empty if unknown
     * @throws StoreException if the store fails
     */
    public List<ComplaintEvent> history(ComplaintId id) {
        return reader.history(id);
    }

    /**
     * Finds complaints by status, unit, customer and receipt time, one page at a time.
     *
     * @param query the filter and page
     * @return the page
     * @throws StoreException if the store fails
     */
    public ComplaintPage query(ComplaintQuery query) {
        return reader.query(query);
    }

    /**
     * Returns which co-handling units have given their opinion, for the proposal's screen: each unit the current
     * assignment names as co-handler, whether its opinion is in and when it gave its latest. Unit ids and times
     * only, no opinion text (read that from the history through a checked read).
     *
     * @param id the complaint
     * @return one standing per co-handling unit, in the assignment's order; empty if it names none
     * @throws StoreException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public List<CoHandlerOpinions.Standing> opinions(ComplaintId id) {
        List<ComplaintEvent> history = reader.history(id);
        if (history.isEmpty()) {
            throw StoreException.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId", "no complaint " + id);
        }
        return CoHandlerOpinions.of(ComplaintAggregate.replay(history), history);
    }

    /**
     * Returns where each configured clock of a complaint stands now, by the engine's clock.
     *
     * @param id the complaint
     * @return one state per configured clock, in configuration order
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     * @throws CalendarException if a deadline needs a date beyond the calendar's horizon
     */
    public List<ClockState> clocks(ComplaintId id) {
        return reader.clocks(id);
    }

    /**
     * Returns where one clock of a complaint stands now, by the engine's clock.
     *
     * @param id the complaint
     * @param clockId the clock's definition id, such as {@code cbirc.decision}
     * @return the clock's state
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     * @throws InvalidInputException coded {@link ErrorCode#UNKNOWN_CLOCK} if the complaint runs no such clock
     * @throws CalendarException if a deadline needs a date beyond the calendar's horizon
     */
    public ClockState clock(ComplaintId id, String clockId) {
        return reader.clock(id, clockId);
    }

    /**
     * Returns a complaint's classification now: the classifier's result at registration with every staff
     * override applied, each class with its explanation.
     *
     * @param id the complaint
     * @return the classification, or empty if the engine has no classifier or the complaint predates it
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public Optional<ClassificationResult> classification(ComplaintId id) {
        return reader.classification(id);
    }

    /**
     * Returns the statistical bucket a complaint is in now (seed 002 第二篇 四(二)), with the reasons:
     * <ul>
     *   <li>{@code COMPLAINT} if it came through an external body or a superior unit, bypassed a level,
     *       is a repeat, or has a duty clock overdue or breached;</li>
     *   <li>else {@code ENQUIRY} if it was handled by a unit other than the one that received it
     *       (escalated) within its time limits;</li>
     *   <li>else {@code NOT_COUNTED}: resolved by the receiving unit itself.</li>
     * </ul>
     *
     * @param id the complaint
     * @return the bucket and its reasons
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public BucketDecision statisticalBucket(ComplaintId id) {
        return reader.statisticalBucket(id);
    }

    /**
     * Answers "why is this deadline X?" for one clock of a complaint: where the clock stands now, on which
     * calendar version, and the recorded chain of changes behind it, each with its cause.
     *
     * @param id the complaint
     * @param clockId the clock's definition id
     * @return the explanation
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     * @throws InvalidInputException coded {@link ErrorCode#UNKNOWN_CLOCK} if the complaint runs no such clock
     */
    public DeadlineExplanation explain(ComplaintId id, String clockId) {
        return reader.explain(id, clockId);
    }

    /**
     * Returns the notice ledger of a complaint: each notice delivered to the complainant, and each reply delivered
     * to the body that forwarded it, with channel, send time and provider reference, the proof of notice a
     * regulator asks for. Oldest first.
     *
     * @param id the complaint
     * @return the deliveries to the complainant and the forwarding body; empty if none or the complaint is unknown
     * @throws StoreException if the store fails
     */
    public List<NoticeDelivered> ledger(ComplaintId id) {
        return reader.ledger(id);
    }

    /**
     * Returns a complaint's notices in the outbox, pending, delivered and dead. A trusted read for host code:
     * notices hold personal data.
     *
     * @param id the complaint
     * @return its outbox entries, by source event then key
     * @throws StoreException if the store fails
     */
    public List<OutboxEntry> outbox(ComplaintId id) {
        return reader.outbox(id);
    }

    /**
     * Returns the recorded changes of one clock of a complaint, oldest first: the chain of events that
     * answers "why is this deadline X?". Each names its cause, the deadline set and the calendar version.
     *
     * @param id the complaint
     * @param clockId the clock's definition id
     * @return the clock's changes; empty if it never started
     * @throws StoreException if the store fails
     */
    public List<ClockChanged> clockHistory(ComplaintId id, String clockId) {
        return reader.clockHistory(id, clockId);
    }

    /**
     * Returns the tier of the engine's {@link TierLadder} a complaint stands at now: the tier of its latest
     * {@link TierRaised}, else the ladder's lowest. Read from the complaint's history, as the engine reads it before
     * each command, so a host need not scan the history for hand-ups.
     *
     * <pre>{@code
     * String tier = engine.hostReads().tier(id).map(t -> t.id().value()).orElse("not tiered");  // "care-group"
     * }</pre>
     *
     * @param id the complaint
     * @return the tier, with its id, name, roles and limits; empty if the engine has no tier ladder or the complaint
     *     is outside the ladder's scope now (handled by a unit or department the ladder does not cover)
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     * @throws CommandRefusedException coded {@link ErrorCode#TIER_NOT_ON_LADDER} if the complaint was handed up to a
     *     tier the engine's ladder no longer has
     */
    public Optional<Tier> tier(ComplaintId id) {
        return reader.tier(id);
    }

    /**
     * Suggests where a complaint should go: the routing rules applied to its classes, with each department
     * looked for from its receiving unit up the organisation. Feed the decision to {@code AssignComplaint}.
     *
     * @param id the complaint
     * @return the decision with its explanation, or empty without a directory, a matching rule or a
     *     department of the kind anywhere up the hierarchy
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public Optional<RoutingDecision> suggestRouting(ComplaintId id) {
        return reader.suggestRouting(id);
    }
}
