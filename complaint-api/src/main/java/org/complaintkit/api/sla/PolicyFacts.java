package org.complaintkit.api.sla;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.SubjectKind;
import org.complaintkit.api.complaint.Vulnerability;

/**
 * What SLA policies are chosen by: the facts of one complaint that a {@link PolicyCondition} tests. The engine
 * reads them from the complaint's history at every event, so a class set by an override, or a flag raised by a
 * later link, selects its policy from that event on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel how the complaint arrived
 * @param classes the class codes assigned to it, such as {@code jrt0169.B.03}; empty until classified
 * @param products the product codes it is about
 * @param jurisdiction whose rules govern it, or null for the bank's home rules
 * @param segment the customer's segment
 * @param forwardedBy the body that forwarded it, or null if the customer came directly
 * @param flags the flags raised: the classification's, with the links' (repeat, group, major) applied, and
 *     {@link ComplaintFlag#VULNERABLE} whenever the registration gives a reason for priority care, as work queues
 *     index it; empty if none
 * @param vulnerabilities the complainant's reasons for priority care given at registration; empty if none
 * @param priority the classification's priority, or null until classified
 */
public record PolicyFacts(Channel channel, Set<String> classes, Set<String> products, String jurisdiction,
                          CustomerSegment segment, ForwardingSource forwardedBy, Set<ComplaintFlag> flags,
                          Set<Vulnerability> vulnerabilities, Priority priority) {

    /**
     * Checks and copies the components.
     *
     * @param channel how the complaint arrived
     * @param classes the class codes assigned to it
     * @param products the product codes it is about
     * @param jurisdiction whose rules govern it, or null for the bank's home rules
     * @param segment the customer's segment
     * @param forwardedBy the body that forwarded it, or null
     * @param flags the flags raised
     * @param vulnerabilities the complainant's reasons for priority care
     * @param priority the classification's priority, or null until classified
     */
    public PolicyFacts {
        Objects.requireNonNull(channel, "channel");
        classes = Set.copyOf(classes);
        products = Set.copyOf(products);
        Objects.requireNonNull(segment, "segment");
        flags = Set.copyOf(flags);
        vulnerabilities = Set.copyOf(vulnerabilities);
    }

    /**
     * Facts without flags, reasons for priority care or priority, as facts were before conditions tested them.
     *
     * @param channel how the complaint arrived
     * @param classes the class codes assigned to it
     * @param products the product codes it is about
     * @param jurisdiction whose rules govern it, or null for the bank's home rules
     * @param segment the customer's segment
     * @param forwardedBy the body that forwarded it, or null
     */
    public PolicyFacts(Channel channel, Set<String> classes, Set<String> products, String jurisdiction,
                       CustomerSegment segment, ForwardingSource forwardedBy) {
        this(channel, classes, products, jurisdiction, segment, forwardedBy, Set.of(), Set.of(), null);
    }

    /**
     * Reads the facts of a registration with the classes assigned so far and no classification's flags or
     * priority: the flags hold {@link ComplaintFlag#VULNERABLE} alone, if the registration gives a reason for
     * priority care.
     *
     * @param registration the registration
     * @param classes the class codes assigned so far
     * @return the facts
     */
    public static PolicyFacts of(Registration registration, Set<String> classes) {
        return of(registration, classes, Set.of(), null);
    }

    /**
     * Reads the facts of a registration and of the complaint's classification as it stands (overrides and links
     * applied), as the engine does at every event.
     *
     * @param registration the registration
     * @param classification the classification now, or null if the complaint was never classified
     * @return the facts
     */
    public static PolicyFacts of(Registration registration, ClassificationResult classification) {
        return classification == null ? of(registration, Set.of())
                : of(registration, classification.qualifiedCodes(), classification.flagSet(),
                        classification.priority());
    }

    private static PolicyFacts of(Registration registration, Set<String> classes, Set<ComplaintFlag> raised,
                                  Priority priority) {
        Set<String> products = new LinkedHashSet<>();
        for (ComplaintSubject subject : registration.subjects()) {
            if (subject.kind() == SubjectKind.PRODUCT) {
                products.add(subject.reference());
            }
        }
        Set<Vulnerability> given = registration.complainant().vulnerabilities();
        Set<Vulnerability> vulnerabilities = given == null ? Set.of() : given;
        Set<ComplaintFlag> flags = EnumSet.noneOf(ComplaintFlag.class);
        flags.addAll(raised);
        if (!vulnerabilities.isEmpty()) {
            flags.add(ComplaintFlag.VULNERABLE);
        }
        return new PolicyFacts(registration.channel(), classes, products, registration.jurisdiction(),
                registration.complainant().segment(),
                registration.forwardedFrom() == null ? null : registration.forwardedFrom().source(), flags,
                vulnerabilities, priority);
    }
}
