package org.complaintkit.api.sla;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.error.Checks;

/**
 * One clock a complaint runs against, as data: what starts it, what stops it, which pauses of handling
 * it does not count, its target, when to warn, and whether new facts restart it (CBIRC Art. 18). A
 * complaint carries several independent clocks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code cbirc.decision}
 * @param description what the clock measures, for people
 * @param startsAt the milestone that starts it
 * @param stopsAt the milestones that stop it; a stop at or before the deadline meets the clock
 * @param pausesFor the pause reasons during which it does not run
 * @param target how long it may run
 * @param warningPercents the shares of the budget, 1 to 99, at which to warn, ascending
 * @param restartsOnNewFacts whether new facts restart it from their receipt
 */
public record ClockDefinition(String id, String description, Milestone startsAt, Set<Milestone> stopsAt,
                              Set<PauseReason> pausesFor, ClockTarget target, List<Integer> warningPercents,
                              boolean restartsOnNewFacts) {

    /**
     * Checks and copies the components.
     *
     * @param id a stable identifier, such as {@code cbirc.decision}
     * @param description what the clock measures, for people
     * @param startsAt the milestone that starts it
     * @param stopsAt the milestones that stop it; a stop at or before the deadline meets the clock
     * @param pausesFor the pause reasons during which it does not run
     * @param target how long it may run
     * @param warningPercents the shares of the budget, 1 to 99, at which to warn, ascending
     * @param restartsOnNewFacts whether new facts restart it from their receipt
     */
    public ClockDefinition {
        Checks.identifier(id, "clock.id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        stopsAt = stopsAt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stopsAt));
        pausesFor = pausesFor.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pausesFor));
        Objects.requireNonNull(target, "target");
        warningPercents = List.copyOf(warningPercents);
        if (stopsAt.isEmpty() || stopsAt.contains(startsAt)) {
            throw new IllegalArgumentException("clock " + id + " needs a stop other than its start");
        }
        int previous = 0;
        for (int percent : warningPercents) {
            if (percent <= previous || percent >= 100) {
                throw new IllegalArgumentException("warning shares of clock " + id + " must ascend within 1 to 99");
            }
            previous = percent;
        }
    }
}
