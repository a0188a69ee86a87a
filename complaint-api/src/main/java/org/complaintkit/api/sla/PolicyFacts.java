package org.complaintkit.api.sla;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.SubjectKind;

/**
 * What SLA policies are chosen by: the facts of one complaint that a {@link PolicyCondition} tests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel how the complaint arrived
 * @param classes the class codes assigned to it, such as {@code jrt0169.B.03}; empty until classified
 * @param products the product codes it is about
 * @param jurisdiction whose rules govern it, or null for the bank's home rules
 * @param segment the customer's segment
 * @param forwardedBy the body that forwarded it, or null if the customer came directly
 */
public record PolicyFacts(Channel channel, Set<String> classes, Set<String> products, String jurisdiction,
                          CustomerSegment segment, ForwardingSource forwardedBy) {

    /**
     * Checks and copies the components.
     *
     * @param channel how the complaint arrived
     * @param classes the class codes assigned to it
     * @param products the product codes it is about
     * @param jurisdiction whose rules govern it, or null for the bank's home rules
     * @param segment the customer's segment
     * @param forwardedBy the body that forwarded it, or null
     */
    public PolicyFacts {
        Objects.requireNonNull(channel, "channel");
        classes = Set.copyOf(classes);
        products = Set.copyOf(products);
        Objects.requireNonNull(segment, "segment");
    }

    /**
     * Reads the facts of a registration.
     *
     * @param registration the registration
     * @param classes the class codes assigned so far
     * @return the facts
     */
    public static PolicyFacts of(Registration registration, Set<String> classes) {
        Set<String> products = new LinkedHashSet<>();
        for (ComplaintSubject subject : registration.subjects()) {
            if (subject.kind() == SubjectKind.PRODUCT) {
                products.add(subject.reference());
            }
        }
        return new PolicyFacts(registration.channel(), classes, products, registration.jurisdiction(),
                registration.complainant().segment(),
                registration.forwardedFrom() == null ? null : registration.forwardedFrom().source());
    }
}
