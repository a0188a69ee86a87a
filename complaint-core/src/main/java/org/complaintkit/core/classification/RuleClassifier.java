package org.complaintkit.core.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.FlagAssignment;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.RuleMatch;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.classification.TaxonomyClass;
import org.complaintkit.spi.classification.Classifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The default classifier: rules as data over the structured fields and the text, every assignment
 * explained. For each scheme, every rule that assigns a class of it is tested; the candidate class whose
 * best rule has the highest priority wins, then the one with more rules fired, then more evidence, then
 * the one declared first in the taxonomy, so the result is deterministic. A rule that yields (a polite
 * closing, "希望贵行…") counts only when no rule that does not yield found another class of its scheme. A scheme no rule decided takes
 * the class a mapping implies from another scheme's decided class; else, when its taxonomy declares its "other"
 * class the ordinary case ({@link Taxonomy#otherWhenUndecided()}, an incident scheme's "ordinary"), that class;
 * else it is left to a person ({@link org.complaintkit.api.classification.ClassState#NEEDS_PERSON}), never
 * guessed as "other".
 *
 * <p><b>Two grievances.</b> Where rules of another class of the scheme also fired, and one of them (a rule that does
 * not yield) asserts a phrase in a clause where no phrase of the winner's rules is asserted, that class is the
 * second grievance: the best such class, by the same order, becomes the winner's secondary class
 * ({@link ClassAssignment#secondaryClass()}) with its own rules. Phrases denied, conceded or praised never fire
 * (see {@code ClauseScope}), a class suppressed by a yielding rule is not a candidate, and two classes found in one
 * clause give no secondary. Rules that test fields only name no clause and give none.
 * Flags are raised by the rules that fire for them; the priority is the highest any fired rule raises,
 * else {@link Priority#NORMAL}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleClassifier implements Classifier {
    /** The source recorded on classes this classifier assigns by rule. */
    public static final String SOURCE = "rules";
    /**
     * The explanation of a class given because no rule fired in a scheme whose taxonomy says so
     * ({@code otherWhenUndecided}): the scheme's ordinary case, a default rather than a decision.
     */
    public static final String ORDINARY_CASE = "no rule fired: the scheme's ordinary case";

    private final List<Taxonomy> taxonomies;
    private final List<ClassificationRule> rules;
    private final SchemeMappings mappings;
    private final TextNormaliser normaliser;
    private final Set<String> yielding;
    private final Map<String, ClassificationRule> byId;
    private final String version;

    /**
     * Creates a classifier.
     *
     * @param taxonomies the schemes to classify by, in result order
     * @param rules the rules
     * @param mappings the mappings between schemes
     */
    public RuleClassifier(List<Taxonomy> taxonomies, List<ClassificationRule> rules, SchemeMappings mappings) {
        this.taxonomies = List.copyOf(taxonomies);
        this.rules = List.copyOf(rules);
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.normaliser = TextNormaliser.standard();
        this.yielding = this.rules.stream().filter(ClassificationRule::yields).map(ClassificationRule::id)
                .collect(Collectors.toUnmodifiableSet());
        Map<String, ClassificationRule> ids = new LinkedHashMap<>();
        this.rules.forEach(r -> ids.putIfAbsent(r.id(), r));
        this.byId = Map.copyOf(ids);
        this.version = digest(this.taxonomies, this.rules, mappings);
    }

    /**
     * The rules' version: a digest of the schemes (ids, versions, classes), every rule's id, target, priority,
     * phrases and conditions (sets sorted) and the mappings, so that the same files give the same version on any
     * machine and a change to any rule gives another.
     */
    private static String digest(List<Taxonomy> taxonomies, List<ClassificationRule> rules, SchemeMappings mappings) {
        ModelDigest d = ModelDigest.of(SOURCE);
        d.field(Integer.toString(taxonomies.size()));
        taxonomies.forEach(d::taxonomy);
        d.field(Integer.toString(rules.size()));
        for (ClassificationRule r : rules) {
            d.field(r.id()).field(r.target().toString()).field(Integer.toString(r.priority())).fields(r.phrases())
                    .fields(sorted(r.channels())).fields(sorted(r.products())).fields(sorted(r.segments()))
                    .fields(sorted(r.vulnerabilities())).fields(sorted(r.forwardedBy()))
                    .field(r.amountAbove() == null ? null : r.amountAbove().toPlainString())
                    .fields(sorted(r.tags())).field(Boolean.toString(r.yields()));
        }
        d.fields(mappings.canonicalLines());
        return d.version();
    }

    private static List<String> sorted(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }

    /**
     * Returns the rules' version: {@code rules-} and 16 hex digits of a digest over the schemes, the rules and the
     * mappings, the same for the same files on any machine.
     *
     * @return the version
     */
    @Override
    public String version() {
        return version;
    }

    /**
     * Tells whether a class is the rules' default for a scheme in which no rule fired ({@link #ORDINARY_CASE}),
     * alone or chosen by a {@link ChainedClassifier} with the other side's view appended, as stored on a
     * {@code ComplaintClassified} event. Such a class is no one's decision: a typical case does not label it.
     *
     * @param assignment a class
     * @return true if the rules gave it only because nothing fired
     */
    public static boolean isOrdinaryCaseDefault(ClassAssignment assignment) {
        return assignment.isDecided() && SOURCE.equals(assignment.source()) && assignment.fired().isEmpty()
                && assignment.decidedBy().startsWith(ORDINARY_CASE);
    }

    /**
     * The classifier with the shipped schemes, rules and mappings ({@link Taxonomies#bundled()}).
     *
     * @return the classifier
     */
    public static RuleClassifier standard() {
        return Taxonomies.bundled().classifier();
    }

    @Override
    public String name() {
        return SOURCE;
    }

    /**
     * Returns the schemes this classifier decides, in result order.
     *
     * @return the taxonomies
     */
    public List<Taxonomy> taxonomies() {
        return taxonomies;
    }

    @Override
    public Optional<Taxonomy> taxonomy(String scheme) {
        return taxonomies.stream().filter(t -> t.scheme().equals(scheme)).findFirst();
    }

    /**
     * Returns the rules.
     *
     * @return the rules, in file order
     */
    public List<ClassificationRule> rules() {
        return rules;
    }

    @Override
    public ClassificationResult classify(ClassificationInput input) {
        String text = normaliser.normalise(input.text());
        Map<String, Map<String, List<RuleMatch>>> byScheme = new LinkedHashMap<>();
        Map<ComplaintFlag, List<RuleMatch>> flags = new EnumMap<>(ComplaintFlag.class);
        Priority priority = Priority.NORMAL;
        List<RuleMatch> priorityBecause = new ArrayList<>();
        for (ClassificationRule rule : rules) {
            RuleMatch match = rule.match(input, text, normaliser);
            if (match == null) {
                continue;
            }
            if (rule.target() instanceof ClassificationRule.AssignClass c) {
                byScheme.computeIfAbsent(c.scheme(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(c.code(), k -> new ArrayList<>()).add(match);
            } else if (rule.target() instanceof ClassificationRule.RaiseFlag f) {
                flags.computeIfAbsent(f.flag(), k -> new ArrayList<>()).add(match);
            } else if (rule.target() instanceof ClassificationRule.RaisePriority p) {
                if (p.priority().compareTo(priority) > 0) {
                    priority = p.priority();
                    priorityBecause.clear();
                }
                if (p.priority() == priority) {
                    priorityBecause.add(match);
                }
            }
        }
        byScheme.values().forEach(this::yieldToOthers);
        Map<String, ClassAssignment> decided = new LinkedHashMap<>();
        for (Taxonomy taxonomy : taxonomies) {
            Map<String, List<RuleMatch>> candidates = byScheme.get(taxonomy.scheme());
            if (candidates != null && !candidates.isEmpty()) {
                decided.put(taxonomy.scheme(), choose(taxonomy, candidates, text));
            }
        }
        List<ClassAssignment> classes = new ArrayList<>();
        for (Taxonomy taxonomy : taxonomies) {
            ClassAssignment assignment = decided.get(taxonomy.scheme());
            if (assignment == null) {
                assignment = mapped(taxonomy, decided);
            }
            if (assignment == null && taxonomy.otherWhenUndecided()) {
                assignment = ClassAssignment.decided(taxonomy.scheme(), taxonomy.version(), taxonomy.other().code(),
                        SOURCE, List.of(), ORDINARY_CASE);
            } else if (assignment == null) {
                assignment = ClassAssignment.needsPerson(taxonomy.scheme(), taxonomy.version(), SOURCE, List.of(),
                        "no rule fired");
            }
            classes.add(assignment);
        }
        List<FlagAssignment> flagList = new ArrayList<>();
        flags.forEach((flag, matches) -> flagList.add(new FlagAssignment(flag, matches)));
        return new ClassificationResult(classes, flagList, priority, priorityBecause);
    }

    private ClassAssignment choose(Taxonomy taxonomy, Map<String, List<RuleMatch>> candidates, String text) {
        List<String> order = taxonomy.classes().stream().map(TaxonomyClass::code).toList();
        Comparator<Map.Entry<String, List<RuleMatch>>> better = Comparator
                .comparingInt((Map.Entry<String, List<RuleMatch>> e) -> best(e.getValue()))
                .thenComparingInt(e -> e.getValue().size())
                .thenComparingInt(e -> e.getValue().stream().mapToInt(m -> m.evidence().size()).sum())
                .reversed()
                .thenComparingInt(e -> order.indexOf(e.getKey()));
        List<Map.Entry<String, List<RuleMatch>>> ranked = new ArrayList<>(candidates.entrySet());
        ranked.sort(better);
        Map.Entry<String, List<RuleMatch>> winner = ranked.get(0);
        List<RuleMatch> fired = new ArrayList<>(winner.getValue());
        fired.sort(Comparator.comparingInt(RuleMatch::priority).reversed());
        String decidedBy;
        if (ranked.size() == 1) {
            decidedBy = "rule " + fired.get(0).ruleId() + " (priority " + fired.get(0).priority() + "), no other candidate";
        } else {
            Map.Entry<String, List<RuleMatch>> second = ranked.get(1);
            decidedBy = "rule " + fired.get(0).ruleId() + " (priority " + best(winner.getValue()) + ", "
                    + winner.getValue().size() + " rule(s)) over class " + second.getKey() + " (priority "
                    + best(second.getValue()) + ", " + second.getValue().size() + " rule(s))";
        }
        ClassAssignment primary = new ClassAssignment(taxonomy.scheme(), taxonomy.version(), winner.getKey(), SOURCE,
                fired, decidedBy);
        if (ranked.size() == 1) {
            return primary;
        }
        Set<Integer> winnerClauses = clauses(winner.getValue(), text);
        for (Map.Entry<String, List<RuleMatch>> other : ranked.subList(1, ranked.size())) {
            List<RuleMatch> own = other.getValue().stream().filter(m -> !yielding.contains(m.ruleId()))
                    .filter(m -> !winnerClauses.containsAll(clauses(List.of(m), text))).toList();
            if (winnerClauses.isEmpty() || own.isEmpty()) {
                continue;
            }
            List<RuleMatch> secondFired = new ArrayList<>(other.getValue());
            secondFired.sort(Comparator.comparingInt(RuleMatch::priority).reversed());
            RuleMatch lead = own.stream().max(Comparator.comparingInt(RuleMatch::priority)).orElseThrow();
            return primary.withSecondary(SecondaryClass.byRules(other.getKey(), SOURCE, secondFired, "rule "
                    + lead.ruleId() + " (priority " + lead.priority() + ") in a clause of its own, beside class "
                    + winner.getKey()));
        }
        return primary;
    }

    /** The clauses (by start offset) where the phrases of these matches' rules are asserted; none for field rules. */
    private Set<Integer> clauses(List<RuleMatch> matches, String text) {
        Set<Integer> out = new TreeSet<>();
        for (RuleMatch m : matches) {
            ClassificationRule rule = byId.get(m.ruleId());
            if (rule == null) {
                continue;
            }
            for (String phrase : rule.phrases()) {
                out.addAll(ClauseScope.assertedClauses(text, normaliser.normalise(phrase)));
            }
        }
        return out;
    }

    /** Drops the matches of yielding rules when another class of the scheme has a match of a rule that does not yield. */
    private void yieldToOthers(Map<String, List<RuleMatch>> candidates) {
        if (yielding.isEmpty()) {
            return;
        }
        for (String code : List.copyOf(candidates.keySet())) {
            boolean another = candidates.entrySet().stream().anyMatch(e -> !e.getKey().equals(code)
                    && e.getValue().stream().anyMatch(m -> !yielding.contains(m.ruleId())));
            if (another) {
                List<RuleMatch> kept = candidates.get(code).stream().filter(m -> !yielding.contains(m.ruleId())).toList();
                if (kept.isEmpty()) {
                    candidates.remove(code);
                } else {
                    candidates.put(code, new ArrayList<>(kept));
                }
            }
        }
    }

    private static int best(List<RuleMatch> matches) {
        return matches.stream().mapToInt(RuleMatch::priority).max().orElse(Integer.MIN_VALUE);
    }

    private ClassAssignment mapped(Taxonomy taxonomy, Map<String, ClassAssignment> decided) {
        for (ClassAssignment from : decided.values()) {
            var implied = mappings.implied(from.qualifiedCode(), taxonomy.scheme());
            if (implied.isPresent()) {
                return new ClassAssignment(taxonomy.scheme(), taxonomy.version(), implied.get(), "mapping", List.of(),
                        "mapped from " + from.qualifiedCode());
            }
        }
        return null;
    }
}
