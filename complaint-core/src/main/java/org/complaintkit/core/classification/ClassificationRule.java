package org.complaintkit.core.classification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.RuleMatch;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.error.Checks;

/**
 * One classification rule, as data: what it assigns (a class, a flag or a priority) when all its
 * conditions hold. Each condition is a set of alternatives: any phrase of {@code phrases} found in the
 * text; the channel among {@code channels}; any product matching {@code products} (a trailing {@code *}
 * matches a prefix); the segment among {@code segments}; any of the customer's vulnerabilities among
 * {@code vulnerabilities}; the forwarding body among {@code forwardedBy}; the amount above
 * {@code amountAbove}; any tag among {@code tags}. An empty condition is not tested; a rule tests at
 * least one. A phrase counts only where the text asserts it: a phrase its clause denies or praises
 * ("不是态度问题，而是…", "态度也挺好") is found but does not count (see {@code ClauseScope}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule's id, cited in every explanation
 * @param target what the rule assigns
 * @param priority the rule's weight between candidate classes; the higher wins
 * @param phrases phrases in Chinese (simplified or traditional) or English
 * @param channels channels
 * @param products product codes or prefixes ending in {@code *}
 * @param segments customer segments
 * @param vulnerabilities customer vulnerabilities
 * @param forwardedBy forwarding bodies
 * @param amountAbove the amount the complaint's amount must exceed, or null
 * @param tags host tags
 * @param yields whether the class this rule assigns yields to any other class of its scheme a rule found: a
 *     polite closing ("希望贵行…") is a suggestion only when the complaint holds no grievance
 */
public record ClassificationRule(String id, Target target, int priority, List<String> phrases, Set<Channel> channels,
                                 Set<String> products, Set<CustomerSegment> segments,
                                 Set<Vulnerability> vulnerabilities, Set<ForwardingSource> forwardedBy,
                                 BigDecimal amountAbove, Set<String> tags, boolean yields) {

    /** What a rule assigns. Every implementation is an immutable record. */
    public sealed interface Target {
    }

    /**
     * A class in a scheme.
     *
     * @param scheme the scheme's id
     * @param code the class's code
     */
    public record AssignClass(String scheme, String code) implements Target {
    }

    /**
     * A flag.
     *
     * @param flag the flag
     */
    public record RaiseFlag(ComplaintFlag flag) implements Target {
    }

    /**
     * A priority; the highest raised wins.
     *
     * @param priority the priority
     */
    public record RaisePriority(Priority priority) implements Target {
    }

    /**
     * Checks and copies the components.
     *
     * @param id the rule's id
     * @param target what the rule assigns
     * @param priority the rule's weight
     * @param phrases phrases
     * @param channels channels
     * @param products product codes or prefixes
     * @param segments customer segments
     * @param vulnerabilities customer vulnerabilities
     * @param forwardedBy forwarding bodies
     * @param amountAbove the amount to exceed, or null
     * @param tags host tags
     * @param yields whether its class yields to any other class of its scheme a rule found
     */
    public ClassificationRule {
        Checks.identifier(id, "rule.id");
        Objects.requireNonNull(target, "target");
        phrases = List.copyOf(phrases);
        channels = Set.copyOf(channels);
        products = Set.copyOf(products);
        segments = Set.copyOf(segments);
        vulnerabilities = vulnerabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(vulnerabilities));
        forwardedBy = Set.copyOf(forwardedBy);
        tags = Set.copyOf(tags);
        if (phrases.isEmpty() && channels.isEmpty() && products.isEmpty() && segments.isEmpty()
                && vulnerabilities.isEmpty() && forwardedBy.isEmpty() && amountAbove == null && tags.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " tests nothing");
        }
    }

    /**
     * Creates a rule that does not yield.
     *
     * @param id the rule's id
     * @param target what the rule assigns
     * @param priority the rule's weight
     * @param phrases phrases
     * @param channels channels
     * @param products product codes or prefixes
     * @param segments customer segments
     * @param vulnerabilities customer vulnerabilities
     * @param forwardedBy forwarding bodies
     * @param amountAbove the amount to exceed, or null
     * @param tags host tags
     */
    public ClassificationRule(String id, Target target, int priority, List<String> phrases, Set<Channel> channels,
                              Set<String> products, Set<CustomerSegment> segments, Set<Vulnerability> vulnerabilities,
                              Set<ForwardingSource> forwardedBy, BigDecimal amountAbove, Set<String> tags) {
        this(id, target, priority, phrases, channels, products, segments, vulnerabilities, forwardedBy, amountAbove,
                tags, false);
    }

    /**
     * Tests the rule on one complaint.
     *
     * @param input the complaint's fields
     * @param text the complaint's text, normalised
     * @param normaliser the normaliser the text went through
     * @return what matched, or null if a condition fails
     */
    public RuleMatch match(ClassificationInput input, String text, TextNormaliser normaliser) {
        List<String> evidence = new ArrayList<>();
        if (!phrases.isEmpty()) {
            for (String phrase : phrases) {
                if (ClauseScope.asserts(text, normaliser.normalise(phrase))) {
                    evidence.add("\"" + phrase + "\"");
                }
            }
            if (evidence.isEmpty()) {
                return null;
            }
        }
        if (!channels.isEmpty()) {
            if (!channels.contains(input.channel())) {
                return null;
            }
            evidence.add("channel=" + input.channel());
        }
        if (!products.isEmpty()) {
            String hit = input.products().stream().filter(this::productMatches).sorted().findFirst().orElse(null);
            if (hit == null) {
                return null;
            }
            evidence.add("product=" + hit);
        }
        if (!segments.isEmpty()) {
            if (!segments.contains(input.segment())) {
                return null;
            }
            evidence.add("segment=" + input.segment());
        }
        if (!vulnerabilities.isEmpty()) {
            Vulnerability hit = input.vulnerabilities().stream().filter(vulnerabilities::contains).sorted().findFirst()
                    .orElse(null);
            if (hit == null) {
                return null;
            }
            evidence.add("vulnerability=" + hit);
        }
        if (!forwardedBy.isEmpty()) {
            if (input.forwardedBy() == null || !forwardedBy.contains(input.forwardedBy())) {
                return null;
            }
            evidence.add("forwardedBy=" + input.forwardedBy());
        }
        if (amountAbove != null) {
            if (input.amount() == null || input.amount().amount().compareTo(amountAbove) <= 0) {
                return null;
            }
            evidence.add("amount>" + amountAbove.toPlainString());
        }
        if (!tags.isEmpty()) {
            String hit = input.tags().stream().filter(tags::contains).sorted().findFirst().orElse(null);
            if (hit == null) {
                return null;
            }
            evidence.add("tag=" + hit);
        }
        return new RuleMatch(id, priority, evidence);
    }

    private boolean productMatches(String product) {
        for (String pattern : products) {
            if (pattern.endsWith("*") ? product.startsWith(pattern.substring(0, pattern.length() - 1))
                    : product.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
