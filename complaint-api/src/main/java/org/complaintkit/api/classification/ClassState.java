package org.complaintkit.api.classification;

/**
 * Whether a scheme's class was decided or is left to a person.
 *
 * <p>A class left to a person is not a class of the scheme: it matches no class condition (SLA policies,
 * routing, approval), reports count it as "needs a person", and a staff member settles it with an override.
 */
public enum ClassState {
    /** A rule, a model above its minimum confidence, a mapping or a staff member chose the class. */
    DECIDED,
    /**
     * Nothing chose a class: no rule fired, or a model was below its minimum confidence. The assignment may carry
     * the model's best guess, labelled as a guess, but holds no class.
     */
    NEEDS_PERSON
}
