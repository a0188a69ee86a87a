package org.complaintkit.api.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.Set;
import org.complaintkit.api.error.Checks;

/**
 * The person who complains. Name and contact are personal data and never printed. The engine refuses a
 * registration whose name is longer than {@value #MAX_NAME_LENGTH} characters (coded {@code CMP-1003} at
 * {@code complainant.name}): that is no one's name, and it would travel into every notice and view.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the bank's customer reference
 * @param name the complainant's name
 * @param segment the customer segment
 * @param vulnerabilities reasons for priority care; copied, may be empty
 * @param contact how to reach the complainant
 */
public record Complainant(
        @NotNull CustomerRef customer,
        @NotNull Sensitive name,
        @NotNull CustomerSegment segment,
        @NotNull Set<Vulnerability> vulnerabilities,
        @NotNull @Valid ContactPoint contact) {

    /** The longest name a registration may give, in characters (Unicode code points). */
    public static final int MAX_NAME_LENGTH = 100;


    /**
     * Copies the set of vulnerabilities; nulls are left to validation.
     *
     * @param customer the bank's customer reference
     * @param name the complainant's name
     * @param segment the customer segment
     * @param vulnerabilities reasons for priority care; copied, may be empty
     * @param contact how to reach the complainant
     */
    public Complainant {
        vulnerabilities = Checks.setOf(vulnerabilities, "complainant.vulnerabilities");
    }

    /**
     * An ordinary customer with no reason for priority care; add those with
     * {@link #withSegment(CustomerSegment)} and {@link #withVulnerabilities(Vulnerability...)}.
     *
     * @param customer the bank's customer reference
     * @param name the complainant's name
     * @param contact how to reach the complainant
     * @return the complainant
     */
    public static Complainant of(CustomerRef customer, Sensitive name, ContactPoint contact) {
        return new Complainant(customer, name, CustomerSegment.ORDINARY, Set.of(), contact);
    }

    /**
     * Returns this complainant in another customer segment.
     *
     * @param other the segment, such as {@link CustomerSegment#VIP}
     * @return a copy in that segment
     */
    public Complainant withSegment(CustomerSegment other) {
        return new Complainant(customer, name, other, vulnerabilities, contact);
    }

    /**
     * Returns this complainant with reasons for priority care, replacing any given before.
     *
     * @param reasons the reasons, such as {@link Vulnerability#ELDERLY}
     * @return a copy with them
     * @throws org.complaintkit.api.error.InvalidInputException coded REQUIRED if a reason is missing
     */
    public Complainant withVulnerabilities(Vulnerability... reasons) {
        Checks.required(reasons, "complainant.vulnerabilities");
        return new Complainant(customer, name, segment, Checks.setOf(Arrays.asList(reasons),
                "complainant.vulnerabilities"), contact);
    }

    /**
     * Returns this complainant reached another way.
     *
     * @param other how to reach the complainant
     * @return a copy with that contact
     */
    public Complainant withContact(ContactPoint other) {
        return new Complainant(customer, name, segment, vulnerabilities, other);
    }
}
