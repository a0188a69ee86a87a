package org.complaintkit.core.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * <p>A window (the customer's review window) is not a duty and opens again with the next answer under its own
 * id; a clock that the answer does not stop (a review clock, an acknowledgement clock) runs once.
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
        return definition.purpose() == ClockPurpose.DUTY && definition.stopsAt().contains(Milestone.RESPONDED)
                && !definition.stopsAt().contains(Milestone.REINVESTIGATED)
                && definition.startsAt() != Milestone.REINVESTIGATED && !isRound(definition.id());
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
     * Returns the round a recorded clock id names.
     *
     * @param recordedId a clock id as recorded
     * @return 1 for a policy's own id, else the number after the mark
     */
    public static int roundOf(String recordedId) {
        int mark = recordedId.indexOf(ClockDefinition.ROUND_MARK);
        return mark < 0 ? 1 : Integer.parseInt(recordedId.substring(mark + 1));
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
        return definition.toBuilder().id(idOf(definition.id(), round)).startsAt(Milestone.REINVESTIGATED).build();
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
     * The part of a history a later round reads: from the re-investigation that starts it on, without the
     * deliveries of notices caused before it (the earlier answer's letter, posted after the re-investigation
     * began, proves that answer, not the next one).
     *
     * @param history a complaint's events in sequence order
     * @param fromSequence the sequence number of the re-investigation that starts the round
     * @return the history from that event on
     */
    public static List<ComplaintEvent> from(List<ComplaintEvent> history, long fromSequence) {
        int low = 0;
        int high = history.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (history.get(mid).sequence() < fromSequence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<ComplaintEvent> out = new ArrayList<>(history.size() - low);
        for (ComplaintEvent event : history.subList(low, history.size())) {
            if (!(event instanceof NoticeDelivered delivered) || delivered.sourceSequence() >= fromSequence) {
                out.add(event);
            }
        }
        return out;
    }
}
