package org.complaintkit.core.classification;

/**
 * How a {@link ChainedClassifier} combines a model with the rules, scheme by scheme. Every combined class keeps
 * both sides' evidence in its explanation: the rule ids that fired and the model's confidence and nearest example
 * ids.
 */
public enum Combination {
    /** The model's class where it decided one; the rules' where the model left the scheme to a person. */
    MODEL_FIRST,
    /** The rules' class where a rule decided one; the model's where no rule fired. */
    RULES_FIRST,
    /**
     * A vote: agreement decides; where only one side decided, its class stands; where they disagree, the model
     * wins if its confidence reaches the vote's model threshold, else the rules win if a rule of strong wording
     * (priority at least the vote's rule threshold) fired, else the class is left to a person with the model's
     * class as its guess.
     */
    VOTE
}
