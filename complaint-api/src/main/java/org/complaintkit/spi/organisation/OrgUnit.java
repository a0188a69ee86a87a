package org.complaintkit.spi.organisation;

import java.util.Objects;
import org.complaintkit.api.organisation.UnitId;

/**
 * One unit of the bank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the unit's id
 * @param name the unit's name, for reports
 * @param level its level in the hierarchy
 * @param parent the unit above it, or null for the head office
 */
public record OrgUnit(UnitId id, String name, UnitLevel level, UnitId parent) {

    /**
     * Checks the components.
     *
     * @param id the unit's id
     * @param name the unit's name, for reports
     * @param level its level in the hierarchy
     * @param parent the unit above it, or null for the head office
     */
    public OrgUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (parent == null && level != UnitLevel.HEAD_OFFICE) {
            throw new IllegalArgumentException("only the head office has no parent");
        }
    }
}
