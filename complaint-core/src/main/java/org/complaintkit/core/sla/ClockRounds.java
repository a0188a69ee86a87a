package org.complaintkit.core.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.ReinvestigationStarted;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.Milestone;

/**
 * The rounds of a clock through re-investigation: the rule that a duty the answer discharges is owed again
 * after the complaint goes back to investigation.
 *
 * <p>A duty clock whose stop milestones include {@link Milestone#RESPONDED} (the CBIRC decision clock, the
 * 7-working-day clock of a regulator-forwarded complaint, a bank's own reply clock) times the answer. When the
 * customer's dissatisfaction or a review sends the complaint back to investigation, the bank owes a new answer,
 * and the clock runs a new round: from the re-investigation to the next answer, with the clock's own target,
 * pauses, extensions and breach actions. Round {@code k} is recorded under the id
 * {@code <id>#k} ({@link ClockDefinition#ROUND_MARK}), so each round keeps its own record: a breach of the first
 * round stands whatever the second does, and an outcome left pending on the first round is settled on its own
 * when a calendar version settles its deadline.
 *
 * <p>A duty that a review request starts (the CBIRC review clock, Art. 20's 30 days) runs a new round too: a
 * review the customer asks for after the next answer is timed again, from that request, under {@code <id>#k}.
 *
 * <p>Each round reads only its own span of the history, from the re-investigation that opens it to the one that
 * opens the next, so no event is timed by two rounds.
 *
 * <p>A window (the customer's review window) is not a duty: it opens again with the next answer under the same
 * id, recorded {@code RESTARTED}. A clock that neither the answer nor a review request concerns (an
 * acknowledgement clock) runs once.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClockRounds {

    private ClockRounds() {
    }

    /**
     * Tells whether a clock runs again after each re-investigation.
     *
     * @param definition a policy's clock
     * @return true for a duty clock that the answer stops and that a re-investigation does not stop
     */
    public static boolean runsRounds(ClockDefinition definition) {
        return timesTheAnswer(definition) || timesTheReview(definition);
    }

    /** A duty the answer discharges: its later rounds start with the re-investigation. */
    private static boolean timesTheAnswer(ClockDefinition definition) {
        return definition.purpose() == ClockPurpose.DUTY && definition.stopsAt().contains(Milestone.RESPONDED)
                && !definition.stopsAt().contains(Milestone.REINVESTIGATED)
                && definition.startsAt() != Milestone.REINVESTIGATED && !isRound(definition.id());
    }

    /** A duty a review request starts: its later rounds start with the next review request. */
    private static boolean timesTheReview(ClockDefinition definition) {
        return definition.purpose() == ClockPurpose.DUTY && definition.startsAt() == Milestone.REVIEW_REQUESTED
                && !isRound(definition.id());
    }

    /**
     * Returns the id of a round of a clock.
     *
     * @param clockId the clock's id in its policy
     * @param round the round, from 1
     * @return {@code clockId} for the first round, {@code clockId#round} for later ones
     */
    public static String idOf(String clockId, int round) {
        Objects.requireNonNull(clockId, "clockId");
        if (round < 1) {
            throw new IllegalArgumentException("rounds count from 1");
        }
        return round == 1 ? clockId : clockId + ClockDefinition.ROUND_MARK + round;
    }

    /**
     * Returns the id of the clock in its policy that a recorded id belongs to.
     *
     * @param recordedId a clock id as recorded, perhaps of a later round
     * @return the id without its round
     */
    public static String baseId(String recordedId) {
        int mark = recordedId.indexOf(ClockDefinition.ROUND_MARK);
        return mark < 0 ? recordedId : recordedId.substring(0, mark);
    }

    /**
     * Tells whether a recorded clock id names a round after the first.
     *
     * @param recordedId a clock id as recorded
     * @return true if it carries a round
     */
    public static boolean isRound(String recordedId) {
        return recordedId.indexOf(ClockDefinition.ROUND_MARK) >= 0;
    }

    /**
     * The definition of a later round: the clock's own, started by the re-investigation.
     *
     * @param definition a clock that {@linkplain #runsRounds(ClockDefinition) runs rounds}
     * @param round the round, from 2
     * @return the round's definition, under the round's id
     */
    public static ClockDefinition round(ClockDefinition definition, int round) {
        if (round < 2 || !runsRounds(definition)) {
            throw new IllegalArgumentException("clock " + definition.id() + " has no round " + round);
        }
        ClockDefinition.Builder b = definition.toBuilder().id(idOf(definition.id(), round));
        return timesTheAnswer(definition) ? b.startsAt(Milestone.REINVESTIGATED).build() : b.build();
    }

    /**
     * Returns the sequence numbers of the re-investigations in a history: round {@code k} starts with the
     * {@code (k-1)}-th of them.
     *
     * @param history a complaint's events in sequence order
     * @return the sequence numbers, in order; empty if the complaint was never re-investigated
     */
    public static List<Long> reinvestigations(List<ComplaintEvent> history) {
        List<Long> out = new ArrayList<>(1);
        for (ComplaintEvent event : history) {
            if (event instanceof ReinvestigationStarted) {
                out.add(event.sequence());
            }
        }
        return out;
    }

    /**
     * The part of a history one round reads: the events from the re-investigation that opens it up to and
     * including the one that opens the next round; the deliveries of notices caused in that span (an answer's
     * letter may be posted after the next re-investigation began, and it proves that answer, not the next); and the
     * clock changes recorded under the round's own id, whenever they were recorded (an outcome settled later).
     *
     * @param history a complaint's events in sequence order
     * @param fromSequence the sequence number of the re-investigation that opens the round, or 0 for the first
     * @param toSequence the sequence number of the re-investigation that opens the next round, or
     *     {@link Long#MAX_VALUE} for the latest round
     * @param clockId the round's id
     * @return the round's events, in sequence order
     */
    public static List<ComplaintEvent> view(List<ComplaintEvent> history, long fromSequence, long toSequence,
                                            String clockId) {
        List<ComplaintEvent> out = new ArrayList<>(history.size());
        for (ComplaintEvent event : history) {
            long sequence = event.sequence();
            if (event instanceof ClockChanged changed) {
                if (changed.clockId().equals(clockId)) {
                    out.add(event);
                }
            } else if (event instanceof NoticeDelivered delivered) {
                if (sequence >= fromSequence && delivered.sourceSequence() >= fromSequence
                        && delivered.sourceSequence() <= toSequence) {
                    out.add(event);
                }
            } else if (sequence >= fromSequence && sequence <= toSequence) {
                out.add(event);
            }
        }
        return out;
    }
}
