package org.complaintkit.api.retention;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;

/**
 * How long a jurisdiction's records are kept and what happens to them then: one {@link RetentionRule} per
 * {@link RecordKind}. A legal hold on a complaint keeps its file past its period until the hold is lifted.
 *
 * <p>The policy refuses to be built when it is incomplete or contradicts itself, with one
 * {@link InvalidInputException} listing every problem, each coded {@code CMP-1250}: a kind without a rule or with
 * two, a negative period, a period shorter than the rule's legal floor, a record kept forever with a period, an
 * archive for anything but a complaint file, a blank jurisdiction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param jurisdiction where the policy applies, such as {@code CN} or {@code UK}
 * @param rules one rule per kind of record
 */
public record RetentionPolicy(String jurisdiction, List<RetentionRule> rules) {

    /**
     * Checks the policy.
     *
     * @param jurisdiction where the policy applies
     * @param rules one rule per kind of record
     * @throws InvalidInputException coded {@code CMP-1250}, listing every problem
     */
    public RetentionPolicy {
        List<Violation> violations = new ArrayList<>();
        if (jurisdiction == null || jurisdiction.isBlank()) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, "jurisdiction",
                    "a retention policy names its jurisdiction"));
        }
        if (rules == null) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, "rules", "a retention policy has rules"));
            throw new InvalidInputException(violations);
        }
        Map<RecordKind, Integer> seen = new EnumMap<>(RecordKind.class);
        for (int i = 0; i < rules.size(); i++) {
            RetentionRule rule = rules.get(i);
            String path = "rules[" + i + "]";
            if (rule == null) {
                violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path, "a rule is missing"));
                continue;
            }
            Integer before = seen.putIfAbsent(rule.kind(), i);
            if (before != null) {
                violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path + ".kind", rule.kind().label()
                        + " has a rule already (rules[" + before + "])"));
            }
            checkRule(rule, path, violations);
        }
        for (RecordKind kind : RecordKind.values()) {
            if (!seen.containsKey(kind)) {
                violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, "rules",
                        "no rule says how long a " + kind.label() + " is kept"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        rules = List.copyOf(rules);
    }

    private static void checkRule(RetentionRule rule, String path, List<Violation> violations) {
        if (rule.keepFor().isNegative()) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path + ".keepFor",
                    rule.kind().label() + " is kept for a negative period"));
        }
        if (rule.floor().isNegative()) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path + ".floor",
                    rule.kind().label() + " has a negative legal floor"));
        }
        if (rule.disposal() == Disposal.KEEP_FOREVER && !rule.keepFor().isZero()) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path + ".keepFor",
                    rule.kind().label() + " is kept forever and for " + rule.keepFor() + " at once"));
        }
        if (rule.expires() && !rule.keepFor().isNegative() && shorter(rule.keepFor(), rule.floor())) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path + ".keepFor",
                    rule.kind().label() + " is kept for " + rule.keepFor() + ", shorter than the legal floor "
                            + rule.floor() + (rule.basis().isEmpty() ? "" : " (" + rule.basis() + ")")));
        }
        if (rule.disposal().erases() && rule.kind() != RecordKind.COMPLAINT_FILE) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path + ".disposal",
                    "only a complaint file holds personal data to erase; a " + rule.kind().label()
                            + " is deleted or kept"));
        }
        if (rule.disposal() == Disposal.ARCHIVE_THEN_DELETE && rule.kind() != RecordKind.COMPLAINT_FILE) {
            violations.add(new Violation(ErrorCode.RETENTION_POLICY_INVALID, path + ".disposal",
                    "only a complaint file is archived; a " + rule.kind().label() + " is deleted or kept"));
        }
    }

    /** Compares periods by their length in days, a month counted as 28 days and a year as 365 (the safe side). */
    private static boolean shorter(Period a, Period b) {
        return a.getYears() * 365L + a.getMonths() * 28L + a.getDays()
                < b.getYears() * 365L + b.getMonths() * 31L + b.getDays();
    }

    /**
     * Returns the rule for a kind of record.
     *
     * @param kind the kind
     * @return its rule
     */
    public RetentionRule rule(RecordKind kind) {
        for (RetentionRule rule : rules) {
            if (rule.kind() == kind) {
                return rule;
            }
        }
        throw new IllegalStateException("a checked policy has a rule for every kind");
    }

    /**
     * Returns this policy with one kind's rule replaced, checked again.
     *
     * @param replacement the new rule
     * @return a new policy
     * @throws InvalidInputException coded {@code CMP-1250} if the result contradicts itself
     */
    public RetentionPolicy with(RetentionRule replacement) {
        List<RetentionRule> replaced = new ArrayList<>();
        for (RetentionRule rule : rules) {
            replaced.add(rule.kind() == replacement.kind() ? replacement : rule);
        }
        return new RetentionPolicy(jurisdiction, replaced);
    }
}
