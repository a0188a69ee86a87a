package org.complaintkit.spi.organisation;

import java.util.Objects;
import org.complaintkit.api.error.Checks;
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
 * @param calendarId the id of the business calendar the unit works to, as registered with the engine, or
 *     null for the engine's default; clocks that run on the handling unit's calendar use it
 */
public record OrgUnit(UnitId id, String name, UnitLevel level, UnitId parent, String calendarId) {

    /**
     * Checks the components.
     *
     * @param id the unit's id
     * @param name the unit's name, for reports
     * @param level its level in the hierarchy
     * @param parent the unit above it, or null for the head office
     * @param calendarId the id of the unit's business calendar, or null for the engine's default
     */
    public OrgUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (parent == null && level != UnitLevel.HEAD_OFFICE) {
            throw new IllegalArgumentException("only the head office has no parent");
        }
        if (calendarId != null) {
            Checks.identifier(calendarId, "unit.calendarId");
        }
    }

    /**
     * A unit on the engine's default calendar.
     *
     * @param id the unit's id
     * @param name the unit's name, for reports
     * @param level its level in the hierarchy
     * @param parent the unit above it, or null for the head office
     */
    public OrgUnit(UnitId id, String name, UnitLevel level, UnitId parent) {
        this(id, name, level, parent, null);
    }
}
