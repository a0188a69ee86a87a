package org.complaintkit.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.event.CoHandlerOpinionGiven;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.UnitId;

/**
 * Which co-handling units have given their opinion (协办意见), read from a complaint's history: for each unit
 * the current assignment names as co-handler, whether its opinion is in and when it gave its latest. An opinion a
 * unit gave before it was named again in a later assignment still counts.
 */
public final class CoHandlerOpinions {

    /**
     * One co-handling unit and its opinion's standing.
     *
     * @param unit the co-handling unit
     * @param latestAt when it gave its latest opinion, or null if it gave none
     */
    public record Standing(UnitId unit, Instant latestAt) {
        /**
         * Checks the unit.
         *
         * @param unit the co-handling unit
         * @param latestAt when it gave its latest opinion, or null
         */
        public Standing {
            Objects.requireNonNull(unit, "unit");
        }

        /**
         * Whether the unit's opinion is in.
         *
         * @return true once it gave one
         */
        public boolean given() {
            return latestAt != null;
        }
    }

    private CoHandlerOpinions() {
    }

    /**
     * The standing of each co-handling unit, in the assignment's order; empty before assignment or without
     * co-handlers.
     *
     * @param state the complaint's state
     * @param history its events
     * @return one standing per co-handling unit
     */
    public static List<Standing> of(ComplaintState state, List<? extends ComplaintEvent> history) {
        if (state.assignment() == null) {
            return List.of();
        }
        Map<UnitId, Instant> latest = new LinkedHashMap<>();
        for (HandlingUnit co : state.assignment().coHandlers()) {
            latest.put(co.unit(), null);
        }
        for (ComplaintEvent event : history) {
            if (event instanceof CoHandlerOpinionGiven given && latest.containsKey(given.unit())) {
                latest.put(given.unit(), given.occurredAt());
            }
        }
        List<Standing> out = new ArrayList<>();
        latest.forEach((unit, at) -> out.add(new Standing(unit, at)));
        return List.copyOf(out);
    }

    /**
     * Whether every co-handling unit has given its opinion once one more unit gives it.
     *
     * @param state the complaint's state
     * @param history its events
     * @param giving the unit giving its opinion now
     * @return true if no other co-handling unit's opinion is missing
     */
    public static boolean completedBy(ComplaintState state, List<? extends ComplaintEvent> history, UnitId giving) {
        return of(state, history).stream().allMatch(s -> s.given() || s.unit().equals(giving));
    }
}
