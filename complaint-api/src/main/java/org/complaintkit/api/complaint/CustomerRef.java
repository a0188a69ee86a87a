package org.complaintkit.api.complaint;

import org.complaintkit.api.error.Checks;

/**
 * The bank's own reference for a customer (for example a customer information file number).
 * It identifies a person, so {@link #toString()} does not show it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the reference, an identifier
 */
public record CustomerRef(String value) {

    /**
     * Checks the reference.
     *
     * @param value the reference, an identifier
     */
    public CustomerRef {
        Checks.identifier(value, "customer");
    }

    /**
     * Obtains a reference from its text.
     *
     * @param value the reference
     * @return the customer reference
     */
    public static CustomerRef of(String value) {
        return new CustomerRef(value);
    }

    /**
     * Returns a fixed placeholder, never the reference.
     *
     * @return {@code "CustomerRef[redacted]"}
     */
    @Override
    public String toString() {
        return "CustomerRef[redacted]";
    }
}
