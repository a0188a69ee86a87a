package org.complaintkit.api.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The class a complaint has in one scheme, and why; or that no class was decided and a person must choose one.
 *
 * <p>Build one with {@link #decided} or {@link #needsPerson}. A {@link ClassState#NEEDS_PERSON} assignment has
 * an empty {@link #code()}: it is never the scheme's "other" class, matches no class condition and is left out
 * of {@link ClassificationResult#qualifiedCodes()}. It may carry a model's best guess ({@link #guess()}),
 * which is only a guess.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the scheme's id
 * @param schemeVersion the version of the scheme the class belongs to
 * @param state whether the class was decided or is left to a person
 * @param code the class's code; empty when the class is left to a person
 * @param bestGuess the class a model would have chosen below its minimum confidence; empty when decided or when
 *     nothing matched
 * @param source who assigned it: {@code rules}, a classifier's name, {@code mapping} or {@code override};
 *     {@code default} on classes stored before the needs-a-person state existed
 * @param fired the rules that fired for this class (or, when combined with a model, for the side it cites),
 *     highest priority first; empty for a mapping or an override
 * @param decidedBy how it was chosen, for people: the winning rule and what it beat, the model's confidence
 *     and nearest example ids, the mapping used, why a person is needed, or the override's author
 * @param modelConfidence the model's probability for the class (or the guess), from 0 to 1 at four decimals;
 *     null for rules, mappings and overrides (read it with {@link #confidence()})
 * @param secondary a second grievance in the scheme, beside the decided class: shown in explanations and the case
 *     file, never routed on, never counted in reports; null when the complaint holds one grievance (read it with
 *     {@link #secondaryClass()})
 */
public record ClassAssignment(String scheme, String schemeVersion, ClassState state, String code, String bestGuess,
                              String source, List<RuleMatch> fired, String decidedBy, BigDecimal modelConfidence,
                              SecondaryClass secondary) {

    /**
     * Checks and copies the components.
     *
     * @param scheme the scheme's id
     * @param schemeVersion the scheme's version
     * @param state decided or left to a person
     * @param code the class's code, empty when left to a person
     * @param bestGuess a model's guess, empty when none
     * @param source who assigned it
     * @param fired the rules that fired for this class
     * @param decidedBy how it was chosen
     * @param modelConfidence the model's probability, or null
     * @param secondary a second grievance, or null
     * @throws IllegalArgumentException if a decided class has no code or a guess, a class left to a person has a
     *     code, the confidence lies outside 0 to 1, or a secondary class is given to a class left to a person or
     *     names the decided class itself
     */
    public ClassAssignment {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(schemeVersion, "schemeVersion");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(bestGuess, "bestGuess");
        Objects.requireNonNull(source, "source");
        fired = List.copyOf(fired);
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (state == ClassState.DECIDED && (code.isEmpty() || !bestGuess.isEmpty())) {
            throw new IllegalArgumentException("a decided class has a code and no guess");
        }
        if (state == ClassState.NEEDS_PERSON && !code.isEmpty()) {
            throw new IllegalArgumentException("a class left to a person has no code, only a guess");
        }
        if (modelConfidence != null && (modelConfidence.signum() < 0 || modelConfidence.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("a confidence lies from 0 to 1");
        }
        if (secondary != null && (state != ClassState.DECIDED || secondary.code().equals(code))) {
            throw new IllegalArgumentException("a secondary class stands beside a decided class of another code");
        }
    }

    /**
     * An assignment without a secondary class: the components it had before second grievances were recorded.
     *
     * @param scheme the scheme's id
     * @param schemeVersion the scheme's version
     * @param state decided or left to a person
     * @param code the class's code, empty when left to a person
     * @param bestGuess a model's guess, empty when none
     * @param source who assigned it
     * @param fired the rules that fired for this class
     * @param decidedBy how it was chosen
     * @param modelConfidence the model's probability, or null
     */
    public ClassAssignment(String scheme, String schemeVersion, ClassState state, String code, String bestGuess,
                           String source, List<RuleMatch> fired, String decidedBy, BigDecimal modelConfidence) {
        this(scheme, schemeVersion, state, code, bestGuess, source, fired, decidedBy, modelConfidence, null);
    }

    /**
     * A decided class without a model confidence: a shorthand for {@link #decided}.
     *
     * @param scheme the scheme's id
     * @param schemeVersion the scheme's version
     * @param code the class's code
     * @param source who assigned it
     * @param fired the rules that fired for this class
     * @param decidedBy how it was chosen
     */
    public ClassAssignment(String scheme, String schemeVersion, String code, String source, List<RuleMatch> fired,
                           String decidedBy) {
        this(scheme, schemeVersion, ClassState.DECIDED, code, "", source, fired, decidedBy, null);
    }

    /**
     * A class a rule, mapping, override or model chose. Add a model's confidence with {@link #withConfidence}.
     *
     * @param scheme the scheme's id
     * @param schemeVersion the scheme's version
     * @param code the class's code
     * @param source who assigned it
     * @param fired the rules that fired for it; empty for a model, a mapping or an override
     * @param decidedBy how it was chosen
     * @return the assignment
     */
    public static ClassAssignment decided(String scheme, String schemeVersion, String code, String source,
                                          List<RuleMatch> fired, String decidedBy) {
        return new ClassAssignment(scheme, schemeVersion, ClassState.DECIDED, code, "", source, fired, decidedBy, null);
    }

    /**
     * No class: a person must choose one. Add a model's best guess with {@link #withGuess} and its confidence
     * with {@link #withConfidence}.
     *
     * @param scheme the scheme's id
     * @param schemeVersion the scheme's version
     * @param source the classifier that could not decide
     * @param fired rule evidence worth showing the person, such as a combination's outvoted side; usually empty
     * @param decidedBy why a person is needed
     * @return the assignment
     */
    public static ClassAssignment needsPerson(String scheme, String schemeVersion, String source,
                                              List<RuleMatch> fired, String decidedBy) {
        return new ClassAssignment(scheme, schemeVersion, ClassState.NEEDS_PERSON, "", "", source, fired, decidedBy,
                null);
    }

    /**
     * Returns this assignment with a model's probability, rounded half-up to four decimals.
     *
     * @param probability from 0 to 1
     * @return the assignment
     */
    public ClassAssignment withConfidence(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a confidence lies from 0 to 1");
        }
        return new ClassAssignment(scheme, schemeVersion, state, code, bestGuess, source, fired, decidedBy,
                BigDecimal.valueOf(probability).setScale(4, RoundingMode.HALF_UP), secondary);
    }

    /**
     * Returns this decided class with a second grievance beside it.
     *
     * @param second the second grievance, of another class of the scheme
     * @return the assignment
     * @throws IllegalArgumentException if the class is left to a person or the second names the same class
     */
    public ClassAssignment withSecondary(SecondaryClass second) {
        return new ClassAssignment(scheme, schemeVersion, state, code, bestGuess, source, fired, decidedBy,
                modelConfidence, Objects.requireNonNull(second, "secondary"));
    }

    /**
     * Returns this assignment with another explanation, everything else kept (a secondary class included).
     *
     * @param explanation how it was chosen
     * @return the assignment
     */
    public ClassAssignment withDecidedBy(String explanation) {
        return new ClassAssignment(scheme, schemeVersion, state, code, bestGuess, source, fired,
                Objects.requireNonNull(explanation, "decidedBy"), modelConfidence, secondary);
    }

    /**
     * Returns the second grievance in this scheme: shown to people, never routed on or counted.
     *
     * @return the secondary class, or empty when the complaint holds one grievance here
     */
    public Optional<SecondaryClass> secondaryClass() {
        return Optional.ofNullable(secondary);
    }

    /**
     * Returns this class left to a person with a model's best guess.
     *
     * @param guessedCode the class the model would have chosen
     * @return the assignment
     * @throws IllegalStateException if the class was decided
     */
    public ClassAssignment withGuess(String guessedCode) {
        if (state != ClassState.NEEDS_PERSON) {
            throw new IllegalStateException("only a class left to a person carries a guess");
        }
        return new ClassAssignment(scheme, schemeVersion, state, code, Objects.requireNonNull(guessedCode, "guess"),
                source, fired, decidedBy, modelConfidence, secondary);
    }

    /**
     * Tells whether nothing decided this scheme and a person must choose its class.
     *
     * @return true for {@link ClassState#NEEDS_PERSON}
     */
    public boolean needsPerson() {
        return state == ClassState.NEEDS_PERSON;
    }

    /**
     * Tells whether a class was decided.
     *
     * @return true for {@link ClassState#DECIDED}
     */
    public boolean isDecided() {
        return state == ClassState.DECIDED;
    }

    /**
     * Returns the decided class's code.
     *
     * @return the code, or empty when the class is left to a person
     */
    public Optional<String> decidedCode() {
        return isDecided() ? Optional.of(code) : Optional.empty();
    }

    /**
     * Returns a model's best guess for a class left to a person: a guess, never a decision.
     *
     * @return the guessed code, or empty when decided or when nothing matched
     */
    public Optional<String> guess() {
        return bestGuess.isEmpty() ? Optional.empty() : Optional.of(bestGuess);
    }

    /**
     * Returns the model's probability for the class or the guess.
     *
     * @return the confidence, or empty for rules, mappings and overrides
     */
    public OptionalDouble confidence() {
        return modelConfidence == null ? OptionalDouble.empty() : OptionalDouble.of(modelConfidence.doubleValue());
    }

    /**
     * Returns the class as {@code scheme:code}, the form SLA policy conditions and routing rules use; a class left
     * to a person is {@code scheme:?}, which names no class.
     *
     * @return the qualified code
     */
    public String qualifiedCode() {
        return scheme + ":" + (isDecided() ? code : "?");
    }
}
