package org.complaintkit.api.complaint;

import org.complaintkit.api.error.Checks;

/**
 * The customer's segment, a host-defined code. Segments drive policies such as the emergency
 * payment limits of DOMAIN.md §7 (5,000 for an ordinary customer, 10,000 for a VIP).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the segment code, an identifier
 */
public record CustomerSegment(String code) {
    /** An ordinary retail customer. */
    public static final CustomerSegment ORDINARY = new CustomerSegment("ordinary");
    /** A VIP customer. */
    public static final CustomerSegment VIP = new CustomerSegment("vip");

    /**
     * Checks the code.
     *
     * @param code the segment code, an identifier
     */
    public CustomerSegment {
        Checks.identifier(code, "segment");
    }

    /**
     * Obtains a segment from its code.
     *
     * @param code the code
     * @return the segment
     */
    public static CustomerSegment of(String code) {
        return new CustomerSegment(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
