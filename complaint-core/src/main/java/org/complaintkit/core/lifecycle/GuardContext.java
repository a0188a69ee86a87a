package org.complaintkit.core.lifecycle;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintState;

/**
 * What a {@link Guard} may look at: the complaint as it is, the command, the engine's current
 * time and the lifecycle rules in force.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the complaint before the command
 * @param command the command
 * @param now the engine clock's instant for this command
 * @param rules the lifecycle rules
 */
public record GuardContext(ComplaintState state, HandlingCommand command, Instant now, LifecycleRules rules) {

    /**
     * Checks the components.
     *
     * @param state the complaint before the command
     * @param command the command
     * @param now the engine clock's instant for this command
     * @param rules the lifecycle rules
     */
    public GuardContext {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(rules, "rules");
    }
}
