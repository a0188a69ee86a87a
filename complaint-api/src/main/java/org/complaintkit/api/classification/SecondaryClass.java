package org.complaintkit.api.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A second grievance in a scheme: the class of a complaint that holds two, beside its primary class
 * ({@link ClassAssignment#secondary()}). It is shown in explanations and the case file only: routing, SLA
 * policies and reports' counts use the primary class alone ({@link ClassificationResult#qualifiedCodes()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the class's code in the primary's scheme
 * @param source who found it: {@code rules} or a classifier's name
 * @param fired the rules that fired for it, highest priority first; empty for a model
 * @param decidedBy why it is a second grievance, for people: the clause rules or the model's probability
 * @param modelConfidence the model's probability for the class, from 0 to 1 at four decimals; null for rules
 *     (read it with {@link #confidence()})
 */
public record SecondaryClass(String code, String source, List<RuleMatch> fired, String decidedBy,
                             BigDecimal modelConfidence) {

    /**
     * Checks and copies the components.
     *
     * @param code the class's code
     * @param source who found it
     * @param fired the rules that fired for it
     * @param decidedBy why it is a second grievance
     * @param modelConfidence the model's probability, or null
     * @throws IllegalArgumentException if the code is empty or the confidence lies outside 0 to 1
     */
    public SecondaryClass {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        fired = List.copyOf(fired);
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a secondary class has a code");
        }
        if (modelConfidence != null && (modelConfidence.signum() < 0 || modelConfidence.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("a confidence lies from 0 to 1");
        }
    }

    /**
     * A second grievance the rules found, with the rules that fired for it.
     *
     * @param code the class's code
     * @param source who found it, usually {@code rules}
     * @param fired the rules that fired for it
     * @param decidedBy why it is a second grievance
     * @return the secondary class
     */
    public static SecondaryClass byRules(String code, String source, List<RuleMatch> fired, String decidedBy) {
        return new SecondaryClass(code, source, fired, decidedBy, null);
    }

    /**
     * A second grievance a model found, with its probability rounded half-up to four decimals.
     *
     * @param code the class's code
     * @param source the model's name
     * @param probability the model's probability for the class, from 0 to 1
     * @param decidedBy why it is a second grievance
     * @return the secondary class
     */
    public static SecondaryClass byModel(String code, String source, double probability, String decidedBy) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a confidence lies from 0 to 1");
        }
        return new SecondaryClass(code, source, List.of(), decidedBy,
                BigDecimal.valueOf(probability).setScale(4, RoundingMode.HALF_UP));
    }

    /**
     * Returns the model's probability for the class.
     *
     * @return the confidence, or empty for rules
     */
    public OptionalDouble confidence() {
        return modelConfidence == null ? OptionalDouble.empty() : OptionalDouble.of(modelConfidence.doubleValue());
    }
}
