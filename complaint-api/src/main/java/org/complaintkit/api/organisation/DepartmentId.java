package org.complaintkit.api.organisation;

import org.complaintkit.api.error.Checks;

/**
 * The identifier of a department inside a unit, for example customer service, card business or IT.
 *
 * <p>Immutable and thread-safe. Checked on construction: 1 to 64 ASCII letters, digits and
 * {@code . _ : -}, starting with a letter or digit.
 *
 * @param value the identifier text
 */
public record DepartmentId(String value) implements Comparable<DepartmentId> {

    /**
     * Checks the value.
     *
     * @param value the identifier text
     */
    public DepartmentId {
        Checks.identifier(value, "departmentId");
    }

    /**
     * Obtains an instance from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws org.complaintkit.api.error.InvalidInputException if the value is not a valid identifier
     */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public int compareTo(DepartmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
