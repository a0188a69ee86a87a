package org.complaintkit.api.complaint;

import org.complaintkit.api.error.Checks;

/**
 * The identifier of one complaint, unique within a store; the engine numbers new complaints through its {@code ComplaintIdSource}.
 *
 * <p>Immutable and thread-safe. Checked on construction: 1 to 64 ASCII letters, digits and
 * {@code . _ : -}, starting with a letter or digit.
 *
 * @param value the identifier text
 */
public record ComplaintId(String value) implements Comparable<ComplaintId> {

    /**
     * Checks the value.
     *
     * @param value the identifier text
     */
    public ComplaintId {
        Checks.identifier(value, "complaintId");
    }

    /**
     * Obtains an instance from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws org.complaintkit.api.error.InvalidInputException if the value is not a valid identifier
     */
    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    @Override
    public int compareTo(ComplaintId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
