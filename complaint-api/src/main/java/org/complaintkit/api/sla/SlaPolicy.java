package org.complaintkit.api.sla;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * A set of clocks that applies to the complaints a condition selects, such as the bank's own procedure
 * or one regulator's rules. Several policies can apply to one complaint at once; it then runs every
 * clock of each, so clock ids must be distinct across the policies an engine is given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code cn.cbirc-2020-3}
 * @param description what the policy implements, with its source
 * @param appliesWhen which complaints it applies to
 * @param clocks its clocks
 */
public record SlaPolicy(String id, String description, PolicyCondition appliesWhen, List<ClockDefinition> clocks) {

    /**
     * Checks and copies the components.
     *
     * @param id a stable identifier
     * @param description what the policy implements, with its source
     * @param appliesWhen which complaints it applies to
     * @param clocks its clocks, with distinct ids
     * @throws ConfigurationException if the clocks share an id ({@code CMP-4003})
     */
    public SlaPolicy {
        Checks.identifier(id, "policy.id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(appliesWhen, "appliesWhen");
        clocks = List.copyOf(clocks);
        Set<String> seen = new HashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (ClockDefinition clock : clocks) {
            if (!seen.add(clock.id())) {
                problems.add(new Violation(ErrorCode.INVALID_CONFIGURATION, "policy.clocks",
                        "policy " + id + " has two clocks named " + clock.id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    /**
     * A policy for every complaint.
     *
     * @param id a stable identifier
     * @param description what the policy implements
     * @param clocks its clocks
     * @return the policy
     */
    public static SlaPolicy of(String id, String description, ClockDefinition... clocks) {
        return new SlaPolicy(id, description, PolicyCondition.always(), List.of(clocks));
    }

    /**
     * Returns this policy applying under another condition.
     *
     * @param condition the new condition
     * @return a new policy
     */
    public SlaPolicy when(PolicyCondition condition) {
        return new SlaPolicy(id, description, condition, clocks);
    }

    /**
     * Returns this policy with one clock replaced by another of the same id, to change a preset's figure.
     *
     * @param replacement the new definition
     * @return a new policy
     * @throws IllegalArgumentException if the policy has no clock with that id
     */
    public SlaPolicy withClock(ClockDefinition replacement) {
        List<ClockDefinition> next = new ArrayList<>();
        boolean found = false;
        for (ClockDefinition clock : clocks) {
            if (clock.id().equals(replacement.id())) {
                next.add(replacement);
                found = true;
            } else {
                next.add(clock);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("policy " + id + " has no clock " + replacement.id());
        }
        return new SlaPolicy(id, description, appliesWhen, next);
    }

    /**
     * Returns this policy without one of its clocks.
     *
     * @param clockId the clock to leave out
     * @return a new policy
     */
    public SlaPolicy without(String clockId) {
        List<ClockDefinition> next = new ArrayList<>(clocks);
        next.removeIf(c -> c.id().equals(clockId));
        return new SlaPolicy(id, description, appliesWhen, next);
    }

    /**
     * Finds one of its clocks.
     *
     * @param clockId the clock's id
     * @return the clock
     * @throws IllegalArgumentException if there is none
     */
    public ClockDefinition clock(String clockId) {
        return clocks.stream().filter(c -> c.id().equals(clockId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("policy " + id + " has no clock " + clockId));
    }
}
