package org.complaintkit.api.complaint;

import jakarta.validation.constraints.NotNull;

/**
 * How and where the bank reaches the complainant. The address (phone number, e-mail or postal
 * address) is personal data and is never printed. The engine refuses a registration whose address is longer
 * than {@value #MAX_ADDRESS_LENGTH} characters (coded {@code CMP-1003} at {@code complainant.contact.address});
 * a postal address with its district and building fits in far fewer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the contact method
 * @param address the phone number, e-mail or postal address; null for {@link ContactMethod#IN_PERSON}
 */
public record ContactPoint(@NotNull ContactMethod method, Sensitive address) {

    /** The longest address a registration may give, in characters (Unicode code points). */
    public static final int MAX_ADDRESS_LENGTH = 500;

    /**
     * Creates a contact point.
     *
     * @param method the contact method
     * @param address the address
     * @return the contact point
     */
    public static ContactPoint of(ContactMethod method, String address) {
        return new ContactPoint(method, address == null ? null : Sensitive.of(address));
    }

    /**
     * The complainant is reached in person, at a branch, and has no address to keep.
     *
     * @return the contact point {@link ContactMethod#IN_PERSON} without an address
     */
    public static ContactPoint inPerson() {
        return new ContactPoint(ContactMethod.IN_PERSON, null);
    }
}
