package org.complaintkit.api.sla;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Vulnerability;

/**
 * When an SLA policy applies: each non-empty set must hold the complaint's fact (for classes, products,
 * flags and vulnerabilities, at least one of them); an empty set accepts anything. So {@link #always()} applies
 * to every complaint, {@code always().withForwardedBy(REGULATOR)} to those a regulator forwarded, and
 * {@code always().withVulnerable()} to those of a customer in need of priority care (seed 001 §4.2.3
 * "对于特殊客户（如残障人士、孕妇等），接待工作人员应优先安排服务"). The sets are conditions on different facts and must all
 * hold: {@code withFlags(VIP).withPriorities(URGENT)} selects urgent complaints of VIP customers, not either.
 *
 * <p>Flags, vulnerabilities and priority are read like classes, from the complaint's history at each event
 * ({@link PolicyFacts}): a policy that a flag selects applies from the event that raises the flag, such as the
 * group link the engine adds to an earlier complaint when a group forms, and its clocks count from their own start
 * milestone, not from the flag.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channels the channels, or empty for any
 * @param classes the class codes, or empty for any
 * @param products the product codes, or empty for any
 * @param jurisdictions the jurisdictions, or empty for any; {@link #HOME} stands for the bank's home rules
 * @param segments the customer segments, or empty for any
 * @param forwardedBy the forwarding bodies, or empty for any (including none)
 * @param flags the flags, at least one of which must be raised, or empty for any (including none)
 * @param vulnerabilities the customer's reasons for priority care given at registration, at least one of which
 *     the complainant must have, or empty for any (including none)
 * @param priorities the classification's priorities, or empty for any; an unclassified complaint has no
 *     priority, so a non-empty set never selects it
 */
public record PolicyCondition(Set<Channel> channels, Set<String> classes, Set<String> products,
                              Set<String> jurisdictions, Set<CustomerSegment> segments,
                              Set<ForwardingSource> forwardedBy, Set<ComplaintFlag> flags,
                              Set<Vulnerability> vulnerabilities, Set<Priority> priorities) {

    /** The jurisdiction code that matches a complaint naming no jurisdiction. */
    public static final String HOME = "HOME";

    private static final PolicyCondition ALWAYS = new PolicyCondition(Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /**
     * Copies the sets.
     *
     * @param channels the channels, or empty for any
     * @param classes the class codes, or empty for any
     * @param products the product codes, or empty for any
     * @param jurisdictions the jurisdictions, or empty for any
     * @param segments the customer segments, or empty for any
     * @param forwardedBy the forwarding bodies, or empty for any
     * @param flags the flags, any one of which selects, or empty for any
     * @param vulnerabilities the reasons for priority care, any one of which selects, or empty for any
     * @param priorities the priorities, or empty for any
     */
    public PolicyCondition {
        channels = Set.copyOf(channels);
        classes = Set.copyOf(classes);
        products = Set.copyOf(products);
        jurisdictions = Set.copyOf(jurisdictions);
        segments = Set.copyOf(segments);
        forwardedBy = Set.copyOf(forwardedBy);
        flags = Set.copyOf(flags);
        vulnerabilities = Set.copyOf(vulnerabilities);
        priorities = Set.copyOf(priorities);
    }

    /**
     * A condition on the facts conditions had before flags, vulnerabilities and priorities: those three accept
     * anything.
     *
     * @param channels the channels, or empty for any
     * @param classes the class codes, or empty for any
     * @param products the product codes, or empty for any
     * @param jurisdictions the jurisdictions, or empty for any
     * @param segments the customer segments, or empty for any
     * @param forwardedBy the forwarding bodies, or empty for any
     */
    public PolicyCondition(Set<Channel> channels, Set<String> classes, Set<String> products,
                           Set<String> jurisdictions, Set<CustomerSegment> segments,
                           Set<ForwardingSource> forwardedBy) {
        this(channels, classes, products, jurisdictions, segments, forwardedBy, Set.of(), Set.of(), Set.of());
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
                forwardedBy, flags, vulnerabilities, priorities);
    }

    /**
     * Narrows to class codes.
     *
     * @param values the class codes
     * @return a new condition
     */
    public PolicyCondition withClasses(String... values) {
        return new PolicyCondition(channels, Set.of(values), products, jurisdictions, segments, forwardedBy, flags,
                vulnerabilities, priorities);
    }

    /**
     * Narrows to product codes.
     *
     * @param values the product codes
     * @return a new condition
     */
    public PolicyCondition withProducts(String... values) {
        return new PolicyCondition(channels, classes, Set.of(values), jurisdictions, segments, forwardedBy, flags,
                vulnerabilities, priorities);
    }

    /**
     * Narrows to jurisdictions.
     *
     * @param values the jurisdiction codes, {@link #HOME} for complaints naming none
     * @return a new condition
     */
    public PolicyCondition withJurisdictions(String... values) {
        return new PolicyCondition(channels, classes, products, Set.of(values), segments, forwardedBy, flags,
                vulnerabilities, priorities);
    }

    /**
     * Narrows to customer segments.
     *
     * @param values the segments
     * @return a new condition
     */
    public PolicyCondition withSegments(CustomerSegment... values) {
        return new PolicyCondition(channels, classes, products, jurisdictions, Set.of(values),
                forwardedBy, flags, vulnerabilities, priorities);
    }

    /**
     * Narrows to complaints forwarded by given bodies.
     *
     * @param values the forwarding bodies
     * @return a new condition
     */
    public PolicyCondition withForwardedBy(ForwardingSource... values) {
        return new PolicyCondition(channels, classes, products, jurisdictions, segments,
                EnumSet.copyOf(List.of(values)), flags, vulnerabilities, priorities);
    }

    /**
     * Narrows to complaints with at least one of some flags raised: by the classifier at registration, by the
     * engine's link detectors (repeat, group, major) when they link the complaint, or, for
     * {@link ComplaintFlag#VULNERABLE}, by a reason for priority care given at registration.
     *
     * @param values the flags, at least one
     * @return a new condition
     * @throws IllegalArgumentException if no flag is given
     */
    public PolicyCondition withFlags(ComplaintFlag... values) {
        return new PolicyCondition(channels, classes, products, jurisdictions, segments, forwardedBy,
                EnumSet.copyOf(nonEmpty(values, "flag")), vulnerabilities, priorities);
    }

    /**
     * Narrows to complaints of a customer in need of priority care: the registration gave a reason for it
     * ({@code Complainant.vulnerabilities()}), or the classifier raised {@link ComplaintFlag#VULNERABLE} (from the
     * text, say). The same as {@code withFlags(ComplaintFlag.VULNERABLE)}, and the same customers a work queue
     * finds under {@code QueueFlag.VULNERABLE}.
     *
     * @return a new condition
     */
    public PolicyCondition withVulnerable() {
        return withFlags(ComplaintFlag.VULNERABLE);
    }

    /**
     * Narrows to complainants who gave at least one of some reasons for priority care at registration; a
     * vulnerability the classifier read from the text alone, with no reason given, does not count here (use
     * {@link #withVulnerable()} for it).
     *
     * @param values the reasons, at least one
     * @return a new condition
     * @throws IllegalArgumentException if no reason is given
     */
    public PolicyCondition withVulnerabilities(Vulnerability... values) {
        return new PolicyCondition(channels, classes, products, jurisdictions, segments, forwardedBy, flags,
                EnumSet.copyOf(nonEmpty(values, "vulnerability")), priorities);
    }

    /**
     * Narrows to complaints the classification gave one of some priorities; an unclassified complaint has none,
     * so it is never selected.
     *
     * @param values the priorities, at least one
     * @return a new condition
     * @throws IllegalArgumentException if no priority is given
     */
    public PolicyCondition withPriorities(Priority... values) {
        return new PolicyCondition(channels, classes, products, jurisdictions, segments, forwardedBy, flags,
                vulnerabilities, EnumSet.copyOf(nonEmpty(values, "priority")));
    }

    private static <T> List<T> nonEmpty(T[] values, String what) {
        if (values.length == 0) {
            throw new IllegalArgumentException("name at least one " + what
                    + "; an empty set would accept anything");
        }
        return List.of(values);
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
                && (forwardedBy.isEmpty() || (facts.forwardedBy() != null && forwardedBy.contains(facts.forwardedBy())))
                && (flags.isEmpty() || facts.flags().stream().anyMatch(flags::contains))
                && (vulnerabilities.isEmpty() || facts.vulnerabilities().stream().anyMatch(vulnerabilities::contains))
                && (priorities.isEmpty() || (facts.priority() != null && priorities.contains(facts.priority())));
    }
}
