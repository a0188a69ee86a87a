package org.complaintkit.api.classification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a classifier decided for one complaint: one class per scheme, the flags raised, and the priority,
 * each with its explanation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param classes one assignment per scheme, in the classifier's scheme order
 * @param flags the flags raised
 * @param priority the priority
 * @param priorityBecause the rules that set the priority; empty for {@link Priority#NORMAL} by default
 */
public record ClassificationResult(List<ClassAssignment> classes, List<FlagAssignment> flags, Priority priority,
                                   List<RuleMatch> priorityBecause) {

    /**
     * Checks and copies the components.
     *
     * @param classes one assignment per scheme
     * @param flags the flags raised
     * @param priority the priority
     * @param priorityBecause the rules that set the priority
     */
    public ClassificationResult {
        classes = List.copyOf(classes);
        Set<String> schemes = new LinkedHashSet<>();
        for (ClassAssignment c : classes) {
            if (!schemes.add(c.scheme())) {
                throw new IllegalArgumentException("two classes in scheme " + c.scheme());
            }
        }
        flags = List.copyOf(flags);
        Objects.requireNonNull(priority, "priority");
        priorityBecause = List.copyOf(priorityBecause);
    }

    /**
     * Returns the class in one scheme.
     *
     * @param scheme the scheme's id
     * @return the assignment, or empty if the scheme was not classified
     */
    public Optional<ClassAssignment> in(String scheme) {
        return classes.stream().filter(c -> c.scheme().equals(scheme)).findFirst();
    }

    /**
     * Tells whether the complaint needs a person to classify it: its primary scheme (the first of
     * {@link #classes()}, {@code seed.matter} with the shipped schemes) is {@link ClassState#NEEDS_PERSON}.
     * The queue flags such a complaint ({@code QueueFlag.NEEDS_CLASSIFICATION}) until an override settles it.
     *
     * @return true if the primary scheme's class is left to a person
     */
    public boolean needsPerson() {
        return !classes.isEmpty() && classes.get(0).needsPerson();
    }

    /**
     * Returns the schemes whose class is left to a person.
     *
     * @return the scheme ids, in scheme order
     */
    public List<String> schemesNeedingAPerson() {
        return classes.stream().filter(ClassAssignment::needsPerson).map(ClassAssignment::scheme).toList();
    }

    /**
     * Returns every decided class as {@code scheme:code}, the facts SLA policies and routing rules test. A class
     * left to a person is not among them: it matches no class condition.
     *
     * @return the qualified codes
     */
    public Set<String> qualifiedCodes() {
        Set<String> out = new LinkedHashSet<>();
        classes.stream().filter(ClassAssignment::isDecided).forEach(c -> out.add(c.qualifiedCode()));
        return out;
    }

    /**
     * Returns the second grievance in one scheme, beside its primary class. A secondary class never changes
     * routing, SLA policy choice or reports' counts: {@link #qualifiedCodes()} holds primary classes only.
     *
     * @param scheme the scheme's id
     * @return the secondary class, or empty if the scheme was not classified or holds one grievance
     */
    public Optional<SecondaryClass> secondaryIn(String scheme) {
        return in(scheme).flatMap(ClassAssignment::secondaryClass);
    }

    /**
     * Returns every second grievance as {@code scheme:code}, for people reading an explanation; these are not
     * facts SLA policies or routing rules test.
     *
     * @return the qualified codes of the secondary classes, in scheme order
     */
    public Set<String> secondaryCodes() {
        Set<String> out = new LinkedHashSet<>();
        classes.forEach(c -> c.secondaryClass().ifPresent(s -> out.add(c.scheme() + ":" + s.code())));
        return out;
    }

    /**
     * Returns the flags raised.
     *
     * @return the flags
     */
    public Set<ComplaintFlag> flagSet() {
        Set<ComplaintFlag> out = EnumSet.noneOf(ComplaintFlag.class);
        flags.forEach(f -> out.add(f.flag()));
        return out;
    }

    /**
     * Returns every rule id this result cites, for audits and tests.
     *
     * @return the rule ids, in order of appearance
     */
    public List<String> ruleIds() {
        List<String> out = new ArrayList<>();
        classes.forEach(c -> c.fired().forEach(m -> out.add(m.ruleId())));
        flags.forEach(f -> f.fired().forEach(m -> out.add(m.ruleId())));
        priorityBecause.forEach(m -> out.add(m.ruleId()));
        return out;
    }

    /**
     * Returns the explanation as lines of text: per scheme, the class, its labels' code and the rules and
     * evidence behind it, and a second grievance with its own evidence when there is one; then flags and priority. Holds rule ids, phrases of rules and field
     * conditions, never the complaint's text.
     *
     * @return the lines
     */
    public List<String> explanation() {
        List<String> out = new ArrayList<>();
        for (ClassAssignment c : classes) {
            if (c.needsPerson()) {
                out.add(c.scheme() + ": needs a person (v" + c.schemeVersion() + ", " + c.source() + ")"
                        + c.guess().map(g -> ", best guess " + g).orElse(", no guess") + ": " + c.decidedBy());
            } else {
                out.add(c.qualifiedCode() + " (v" + c.schemeVersion() + ", " + c.source() + "): " + c.decidedBy());
            }
            for (RuleMatch m : c.fired()) {
                out.add("    rule " + m.ruleId() + " [priority " + m.priority() + "] matched " + m.evidence());
            }
            c.secondaryClass().ifPresent(s -> {
                out.add("    secondary " + c.scheme() + ":" + s.code() + " (" + s.source() + "): " + s.decidedBy());
                for (RuleMatch m : s.fired()) {
                    out.add("        rule " + m.ruleId() + " [priority " + m.priority() + "] matched "
                            + m.evidence());
                }
            });
        }
        for (FlagAssignment f : flags) {
            out.add("flag " + f.flag() + ": " + f.fired().stream()
                    .map(m -> m.ruleId() + " matched " + m.evidence()).toList());
        }
        if (needsPerson()) {
            out.add("needs a person: nothing decided the primary scheme " + classes.get(0).scheme());
        }
        out.add("priority " + priority + (priorityBecause.isEmpty() ? " (no rule raised it)"
                : ": " + priorityBecause.stream().map(m -> m.ruleId() + " matched " + m.evidence()).toList()));
        return out;
    }
}
