package org.complaintkit.api.complaint;

import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.UnitId;

/**
 * A unit, or a department inside a unit, that handles a complaint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit
 * @param department the department inside the unit, or null for the unit as a whole
 */
public record HandlingUnit(@NotNull UnitId unit, DepartmentId department) {

    /**
     * A whole unit.
     *
     * @param unit the unit
     * @return the handling unit
     */
    public static HandlingUnit of(UnitId unit) {
        return new HandlingUnit(unit, null);
    }

    /**
     * A department inside a unit.
     *
     * @param unit the unit
     * @param department the department
     * @return the handling unit
     */
    public static HandlingUnit of(UnitId unit, DepartmentId department) {
        return new HandlingUnit(unit, department);
    }
}
