package org.complaintkit.api.sla;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;

/**
 * When an SLA policy applies: each non-empty set must hold the complaint's fact (for classes and
 * products, at least one of them); an empty set accepts anything. So {@link #always()} applies to every
 * complaint, and {@code always().withForwardedBy(REGULATOR)} to those a regulator forwarded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channels the channels, or empty for any
 * @param classes the class codes, or empty for any
 * @param products the product codes, or empty for any
 * @param jurisdictions the jurisdictions, or empty for any; {@link #HOME} stands for the bank's home rules
 * @param segments the customer segments, or empty for any
 * @param forwardedBy the forwarding bodies, or empty for any (including none)
 */
public record PolicyCondition(Set<Channel> channels, Set<String> classes, Set<String> products,
                              Set<String> jurisdictions, Set<CustomerSegment> segments,
                              Set<ForwardingSource> forwardedBy) {

    /** The jurisdiction code that matches a complaint naming no jurisdiction. */
    public static final String HOME = "HOME";

    private static final PolicyCondition ALWAYS = new PolicyCondition(Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of());

    /**
     * Copies the sets.
     *
     * @param channels the channels, or empty for any
     * @param classes the class codes, or empty for any
     * @param products the product codes, or empty for any
     * @param jurisdictions the jurisdictions, or empty for any
     * @param segments the customer segments, or empty for any
     * @param forwardedBy the forwarding bodies, or empty for any
     */
    public PolicyCondition {
        channels = Set.copyOf(channels);
        classes = Set.copyOf(classes);
        products = Set.copyOf(products);
        jurisdictions = Set.copyOf(jurisdictions);
        segments = Set.copyOf(segments);
        forwardedBy = Set.copyOf(forwardedBy);
    }

    /**
     * The condition every complaint meets.
     *
     * @return the condition
     */
    public static PolicyCondition always() {
        return ALWAYS;
    }

    /**
     * Narrows to channels.
     *
     * @param values the channels
     * @return a new condition
     */
    public PolicyCondition withChannels(Channel... values) {
        return new PolicyCondition(EnumSet.copyOf(List.of(values)), classes, products, jurisdictions, segments,
                forwardedBy);
    }

    /**
     * Narrows to class codes.
     *
     * @param values the class codes
     * @return a new condition
     */
    public PolicyCondition withClasses(String... values) {
        return new PolicyCondition(channels, Set.of(values), products, jurisdictions, segments, forwardedBy);
    }

    /**
     * Narrows to product codes.
     *
     * @param values the product codes
     * @return a new condition
     */
    public PolicyCondition withProducts(String... values) {
        return new PolicyCondition(channels, classes, Set.of(values), jurisdictions, segments, forwardedBy);
    }

    /**
     * Narrows to jurisdictions.
     *
     * @param values the jurisdiction codes, {@link #HOME} for complaints naming none
     * @return a new condition
     */
    public PolicyCondition withJurisdictions(String... values) {
        return new PolicyCondition(channels, classes, products, Set.of(values), segments, forwardedBy);
    }

    /**
     * Narrows to customer segments.
     *
     * @param values the segments
     * @return a new condition
     */
    public PolicyCondition withSegments(CustomerSegment... values) {
        return new PolicyCondition(channels, classes, products, jurisdictions, Set.of(values),
                forwardedBy);
    }

    /**
     * Narrows to complaints forwarded by given bodies.
     *
     * @param values the forwarding bodies
     * @return a new condition
     */
    public PolicyCondition withForwardedBy(ForwardingSource... values) {
        return new PolicyCondition(channels, classes, products, jurisdictions, segments,
                EnumSet.copyOf(List.of(values)));
    }

    /**
     * Tests a complaint's facts.
     *
     * @param facts the facts
     * @return true if the policy applies
     */
    public boolean matches(PolicyFacts facts) {
        return (channels.isEmpty() || channels.contains(facts.channel()))
                && (classes.isEmpty() || facts.classes().stream().anyMatch(classes::contains))
                && (products.isEmpty() || facts.products().stream().anyMatch(products::contains))
                && (jurisdictions.isEmpty() || jurisdictions.contains(
                        facts.jurisdiction() == null ? HOME : facts.jurisdiction()))
                && (segments.isEmpty() || segments.contains(facts.segment()))
                && (forwardedBy.isEmpty() || (facts.forwardedBy() != null && forwardedBy.contains(facts.forwardedBy())));
    }
}
