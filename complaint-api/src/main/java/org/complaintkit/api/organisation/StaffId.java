package org.complaintkit.api.organisation;

import org.complaintkit.api.error.Checks;

/**
 * The identifier of a staff member of the bank (a work identifier, not personal data).
 *
 * <p>Immutable and thread-safe. Checked on construction: 1 to 64 ASCII letters, digits and
 * {@code . _ : -}, starting with a letter or digit.
 *
 * @param value the identifier text
 */
public record StaffId(String value) implements Comparable<StaffId> {

    /**
     * Checks the value.
     *
     * @param value the identifier text
     */
    public StaffId {
        Checks.identifier(value, "staffId");
    }

    /**
     * Obtains an instance from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws org.complaintkit.api.error.InvalidInputException if the value is not a valid identifier
     */
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public int compareTo(StaffId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
