package org.complaintkit.api.organisation;

import org.complaintkit.api.error.Checks;

/**
 * The identifier of an organisational unit: head office, provincial branch, branch, sub-branch or outlet.
 *
 * <p>Immutable and thread-safe. Checked on construction: 1 to 64 ASCII letters, digits and
 * {@code . _ : -}, starting with a letter or digit.
 *
 * @param value the identifier text
 */
public record UnitId(String value) implements Comparable<UnitId> {

    /**
     * Checks the value.
     *
     * @param value the identifier text
     */
    public UnitId {
        Checks.identifier(value, "unitId");
    }

    /**
     * Obtains an instance from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws org.complaintkit.api.error.InvalidInputException if the value is not a valid identifier
     */
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public int compareTo(UnitId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
