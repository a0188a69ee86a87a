package org.complaintkit.spi.organisation;

import java.util.Objects;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.UnitId;

/**
 * A department inside a unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the department's id, unique in the bank
 * @param unit the unit it belongs to
 * @param name its name, for reports
 * @param kind what it does
 */
public record Department(DepartmentId id, UnitId unit, String name, DepartmentKind kind) {

    /**
     * Checks the components.
     *
     * @param id the department's id
     * @param unit the unit it belongs to
     * @param name its name
     * @param kind what it does
     */
    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
