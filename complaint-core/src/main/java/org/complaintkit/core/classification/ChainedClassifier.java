package org.complaintkit.core.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.FlagAssignment;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.RuleMatch;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.spi.classification.Classifier;

/**
 * Two classifiers combined scheme by scheme, as a {@link Combination} says. {@link #of} chains them: the first
 * one's class unless it left the scheme out or to a person, then the second one's. {@link #vote} lets a model and
 * the rules vote. Flags are the union; the priority the higher. Each combined class's explanation ends with what
 * the other side said ({@code ; beside it ...}), so the rule ids fired and the model's confidence and nearest
 * example ids are both kept.
 *
 * <p><b>Second grievances.</b> The chosen side's secondary class ({@link ClassAssignment#secondaryClass()}) is kept
 * with its class; the other side's is dropped. Where a vote's sides agree, the rules' secondary is kept, else the
 * model's. Where a vote's sides disagree and one wins, the winner's own secondary is kept; without one, the
 * outvoted side's class becomes the secondary, with that side's evidence and an explanation saying it was
 * outvoted, so a person sees both readings. A secondary never changes routing, SLA policies or reports' counts.
 *
 * <p>Immutable and thread-safe if both classifiers are.
 */
public final class ChainedClassifier implements Classifier {
    /** The model confidence from which a vote's model overrules disagreeing rules, by default. */
    public static final double VOTE_MODEL_OVERRULES = 0.8;
    /** The rule priority from which a vote's rules overrule a disagreeing, less confident model (strong wording). */
    public static final int VOTE_RULES_OVERRULE = 80;

    private final Classifier first;
    private final Classifier fallback;
    private final Combination combination;
    private final double modelOverrules;
    private final int rulesOverrule;

    private ChainedClassifier(Classifier first, Classifier fallback, Combination combination, double modelOverrules,
                              int rulesOverrule) {
        this.first = Objects.requireNonNull(first, "first");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.combination = combination;
        this.modelOverrules = modelOverrules;
        this.rulesOverrule = rulesOverrule;
    }

    /**
     * Chains two classifiers: the first one's class, else the fallback's.
     *
     * @param first the classifier asked first
     * @param fallback the classifier whose classes fill what the first left out or to a person
     * @return the chain
     */
    public static ChainedClassifier of(Classifier first, Classifier fallback) {
        return new ChainedClassifier(first, fallback, null, 0, 0);
    }

    /**
     * Combines a model with the rules as a {@link Combination} says; a vote uses {@link #VOTE_MODEL_OVERRULES} and
     * {@link #VOTE_RULES_OVERRULE}.
     *
     * @param how model first, rules first or a vote
     * @param model the model
     * @param rules the rules
     * @return the combination
     */
    public static ChainedClassifier combine(Combination how, Classifier model, Classifier rules) {
        return switch (Objects.requireNonNull(how, "how")) {
            case MODEL_FIRST -> new ChainedClassifier(model, rules, how, 0, 0);
            case RULES_FIRST -> new ChainedClassifier(rules, model, how, 0, 0);
            case VOTE -> vote(model, rules, VOTE_MODEL_OVERRULES, VOTE_RULES_OVERRULE);
        };
    }

    /**
     * Lets a model and the rules vote, scheme by scheme (see {@link Combination#VOTE}).
     *
     * @param model the model; a class it left to a person still votes with its guess and confidence
     * @param rules the rules
     * @param modelOverrules the confidence, from 0 to 1, from which the model overrules disagreeing rules
     * @param rulesOverrule the rule priority, 0 or more, from which the rules overrule a less confident model
     * @return the vote
     * @throws ConfigurationException coded {@link ErrorCode#INVALID_CLASSIFIER_COMBINATION}, listing each
     *     threshold out of range
     */
    public static ChainedClassifier vote(Classifier model, Classifier rules, double modelOverrules, int rulesOverrule) {
        List<Violation> problems = new ArrayList<>();
        if (!(modelOverrules >= 0 && modelOverrules <= 1)) {
            problems.add(new Violation(ErrorCode.INVALID_CLASSIFIER_COMBINATION, "modelOverrules",
                    "must lie from 0 to 1"));
        }
        if (rulesOverrule < 0) {
            problems.add(new Violation(ErrorCode.INVALID_CLASSIFIER_COMBINATION, "rulesOverrule",
                    "must be 0 or more"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new ChainedClassifier(model, rules, Combination.VOTE, modelOverrules, rulesOverrule);
    }

    /**
     * Returns how the two are combined.
     *
     * @return the combination, or empty for a plain chain made with {@link #of}
     */
    public Optional<Combination> combination() {
        return Optional.ofNullable(combination);
    }

    @Override
    public String name() {
        return combination == Combination.VOTE ? "vote(" + first.name() + "," + fallback.name() + ")"
                : first.name() + "+" + fallback.name();
    }

    /**
     * Returns the combination's version, readable and deterministic: what combines the two, then both parts'
     * versions in the order they are asked. A vote reads {@code vote@0.80/80(<model version>+<rules version>)}
     * (the confidence from which the model overrules, the rule priority from which the rules overrule); model
     * first {@code model-first(<model>+<rules>)}, rules first {@code rules-first(<rules>+<model>)}, and a plain
     * chain made with {@link #of} {@code chain(<first>+<fallback>)}. A model's own version covers its minimum
     * confidence, so retraining, a new minimum confidence, new rules or new thresholds each give a new version. A
     * part that states no version contributes {@link Classifier#UNSTATED_VERSION}.
     *
     * @return the version
     */
    @Override
    public String version() {
        String parts = "(" + first.version() + "+" + fallback.version() + ")";
        if (combination == null) {
            return "chain" + parts;
        }
        return switch (combination) {
            case VOTE -> String.format(Locale.ROOT, "vote@%.2f/%d", modelOverrules, rulesOverrule) + parts;
            case MODEL_FIRST -> "model-first" + parts;
            case RULES_FIRST -> "rules-first" + parts;
        };
    }

    /**
     * Returns the same combination over its parts' snapshots, so that a part whose model a host swaps (a
     * {@link SwappableClassifier}) classifies one complaint with one model and the version recorded is that model's.
     *
     * @return this, if neither part changes in a snapshot; otherwise a chain over both parts' snapshots
     */
    @Override
    public Classifier snapshot() {
        Classifier a = first.snapshot();
        Classifier b = fallback.snapshot();
        return a == first && b == fallback ? this
                : new ChainedClassifier(a, b, combination, modelOverrules, rulesOverrule);
    }

    @Override
    public Optional<Taxonomy> taxonomy(String scheme) {
        var mine = first.taxonomy(scheme);
        return mine.isPresent() ? mine : fallback.taxonomy(scheme);
    }

    @Override
    public ClassificationResult classify(ClassificationInput input) {
        ClassificationResult a = first.classify(input);
        ClassificationResult b = fallback.classify(input);
        Map<String, ClassAssignment> classes = new LinkedHashMap<>();
        for (ClassAssignment c : a.classes()) {
            classes.put(c.scheme(), c);
        }
        for (ClassAssignment c : b.classes()) {
            ClassAssignment mine = classes.get(c.scheme());
            classes.put(c.scheme(), mine == null ? c
                    : combination == Combination.VOTE ? vote(mine, c) : chain(mine, c));
        }
        Map<ComplaintFlag, List<RuleMatch>> flags = new EnumMap<>(ComplaintFlag.class);
        for (FlagAssignment f : a.flags()) {
            flags.computeIfAbsent(f.flag(), k -> new ArrayList<>()).addAll(f.fired());
        }
        for (FlagAssignment f : b.flags()) {
            flags.computeIfAbsent(f.flag(), k -> new ArrayList<>()).addAll(f.fired());
        }
        List<FlagAssignment> flagList = new ArrayList<>();
        flags.forEach((flag, fired) -> flagList.add(new FlagAssignment(flag, fired)));
        Priority priority = a.priority().compareTo(b.priority()) >= 0 ? a.priority() : b.priority();
        List<RuleMatch> because = a.priority() == priority ? a.priorityBecause() : b.priorityBecause();
        return new ClassificationResult(new ArrayList<>(classes.values()), flagList, priority, because);
    }

    /** The first one's class, else the fallback's; both sides' evidence in the explanation. */
    private static ClassAssignment chain(ClassAssignment mine, ClassAssignment theirs) {
        if (mine.isDecided()) {
            return beside(mine, theirs);
        }
        if (theirs.isDecided()) {
            return beside(theirs, mine);
        }
        return mine.guess().isEmpty() && theirs.guess().isPresent() ? beside(theirs, mine) : beside(mine, theirs);
    }

    /** The model's ({@code model}) and the rules' ({@code rules}) votes for one scheme. */
    private ClassAssignment vote(ClassAssignment model, ClassAssignment rules) {
        Optional<String> modelSays = model.isDecided() ? Optional.of(model.code()) : model.guess();
        double confidence = model.confidence().orElse(model.isDecided() ? 1 : 0);
        if (!rules.isDecided()) {
            return beside(model, rules);
        }
        if (modelSays.isEmpty()) {
            return beside(rules, model);
        }
        if (modelSays.get().equals(rules.code())) {
            ClassAssignment agreed = ClassAssignment.decided(rules.scheme(), rules.schemeVersion(), rules.code(),
                    name(model, rules), rules.fired(), "model and rules agree: " + model.decidedBy() + "; "
                            + rules.decidedBy());
            ClassAssignment kept = model.confidence().isPresent() ? agreed.withConfidence(confidence) : agreed;
            return rules.secondaryClass().or(model::secondaryClass).map(kept::withSecondary).orElse(kept);
        }
        if (confidence >= modelOverrules) {
            ClassAssignment won = ClassAssignment.decided(model.scheme(), model.schemeVersion(), modelSays.get(),
                    model.source(), List.of(), String.format(Locale.ROOT, "model overrules the rules (confidence at"
                            + " least %.2f): %s", modelOverrules, model.decidedBy()));
            won = model.confidence().isPresent() ? won.withConfidence(confidence) : won;
            return beside(won.withSecondary(model.secondaryClass().orElseGet(() -> outvoted(rules, rules.code(),
                    "the rules' class, outvoted by the model"))), rules);
        }
        int strongest = rules.fired().stream().mapToInt(RuleMatch::priority).max().orElse(-1);
        if (strongest >= rulesOverrule) {
            ClassAssignment won = ClassAssignment.decided(rules.scheme(), rules.schemeVersion(), rules.code(),
                    rules.source(), rules.fired(), "rules overrule the model (priority " + strongest + " at least "
                            + rulesOverrule + "): " + rules.decidedBy());
            won = won.withSecondary(rules.secondaryClass().orElseGet(() -> outvoted(model, modelSays.get(),
                    "the model's class, outvoted by the rules")));
            return beside(won, model);
        }
        ClassAssignment unsure = ClassAssignment.needsPerson(model.scheme(), model.schemeVersion(), name(model, rules),
                rules.fired(), String.format(Locale.ROOT, "model and rules disagree, neither strong enough (model"
                        + " below %.2f, no rule at priority %d): rules say %s by %s; model %s",
                        modelOverrules, rulesOverrule, rules.code(), rules.decidedBy(), model.decidedBy()))
                .withGuess(modelSays.get());
        return model.confidence().isPresent() ? unsure.withConfidence(confidence) : unsure;
    }

    /** The outvoted side's class as a secondary, with that side's rules or probability. */
    private static SecondaryClass outvoted(ClassAssignment loser, String code, String why) {
        String because = why + ": " + loser.decidedBy();
        return loser.modelConfidence() == null ? SecondaryClass.byRules(code, loser.source(), loser.fired(), because)
                : new SecondaryClass(code, loser.source(), loser.fired(), because, loser.modelConfidence());
    }

    private static String name(ClassAssignment model, ClassAssignment rules) {
        return model.source() + "+" + rules.source();
    }

    /** The chosen assignment with the other side's view appended to its explanation. */
    private static ClassAssignment beside(ClassAssignment chosen, ClassAssignment other) {
        String view = (other.isDecided() ? other.code() : "needs a person"
                + other.guess().map(g -> " (guess " + g + ")").orElse("")) + " by " + other.source() + ": "
                + other.decidedBy();
        return chosen.withDecidedBy(chosen.decidedBy() + "; beside it " + view);
    }
}
