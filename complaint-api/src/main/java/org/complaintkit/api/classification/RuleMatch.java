package org.complaintkit.api.classification;

import java.util.List;
import java.util.Objects;

/**
 * One rule that fired, and what it matched: the phrases found in the text (as written in the rule) and
 * the structured fields that met its conditions, such as {@code channel=COUNTER}. Never the complaint's
 * text itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule's id, as in its rules file
 * @param priority the rule's priority; the higher wins between candidate classes
 * @param evidence what matched: phrases and field conditions
 */
public record RuleMatch(String ruleId, int priority, List<String> evidence) {

    /**
     * Checks and copies the components.
     *
     * @param ruleId the rule's id
     * @param priority the rule's priority
     * @param evidence what matched
     */
    public RuleMatch {
        Objects.requireNonNull(ruleId, "ruleId");
        evidence = List.copyOf(evidence);
    }
}
