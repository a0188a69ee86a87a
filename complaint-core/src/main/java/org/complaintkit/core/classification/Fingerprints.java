package org.complaintkit.core.classification;

import java.util.Collection;
import java.util.TreeSet;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.organisation.UnitId;

/**
 * What makes two complaints "the same problem" for group detection: the class in one scheme, the
 * products, the unit, and the key phrases that found the class, taken at the level of the rules that
 * fired (each rule is a family of key phrases). Two complaints about the same failed salary payment at one
 * outlet share a fingerprint however differently the customers worded them ("没到账", "还没到账"), as long
 * as the same rules found them; matching individual phrases instead would split one group by wording.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * Computes a fingerprint.
     *
     * @param result the complaint's classification
     * @param scheme the scheme whose class counts, such as {@code seed.matter}
     * @param products the complaint's product codes
     * @param unit the unit where it was received
     * @return the fingerprint, a stable text
     */
    public static String of(ClassificationResult result, String scheme, Collection<String> products, UnitId unit) {
        ClassAssignment c = result.in(scheme).orElse(null);
        TreeSet<String> rules = new TreeSet<>();
        if (c != null) {
            c.fired().forEach(m -> rules.add(m.ruleId()));
        }
        return (c == null ? scheme + ":?" : c.qualifiedCode()) + "|" + String.join(",", new TreeSet<>(products)) + "|"
                + unit.value() + "|" + String.join(",", rules);
    }
}
