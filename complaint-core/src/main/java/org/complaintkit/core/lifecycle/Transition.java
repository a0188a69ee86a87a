package org.complaintkit.core.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintStatus;

/**
 * One row of the transition table: in status {@code from}, command {@code command} leads to status
 * {@code to} when every guard holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the status before
 * @param command the command type
 * @param to the status after
 * @param guards the conditions, all of which must hold; copied, may be empty
 */
public record Transition(ComplaintStatus from, CommandType command, ComplaintStatus to, List<Guard> guards) {

    /**
     * Checks and copies the components.
     *
     * @param from the status before
     * @param command the command type
     * @param to the status after
     * @param guards the conditions, all of which must hold; copied, may be empty
     */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(to, "to");
        guards = List.copyOf(guards);
    }

    /**
     * Tells whether the transition is guarded.
     *
     * @return true if it has a guard
     */
    public boolean isGuarded() {
        return !guards.isEmpty();
    }

    @Override
    public String toString() {
        return from + " --" + command.label() + (guards.isEmpty() ? "" : " ["
                + guards.stream().map(Guard::name).collect(Collectors.joining(", ")) + "]") + "--> " + to;
    }
}
