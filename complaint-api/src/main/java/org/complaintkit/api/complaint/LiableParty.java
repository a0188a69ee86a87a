package org.complaintkit.api.complaint;

import jakarta.validation.Valid;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * A staff member or a unit a responsibility finding names, and a sanction is imposed on: exactly one of the two
 * (checked by the engine, {@code CMP-1181}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param staff the staff member, or null for a unit
 * @param unit the unit, or null for a staff member
 */
public record LiableParty(@Valid StaffId staff, @Valid UnitId unit) {

    /**
     * A staff member.
     *
     * @param staff the staff member
     * @return the party
     */
    public static LiableParty staff(StaffId staff) {
        return new LiableParty(staff, null);
    }

    /**
     * A unit (a department or branch answering as a whole).
     *
     * @param unit the unit
     * @return the party
     */
    public static LiableParty unit(UnitId unit) {
        return new LiableParty(null, unit);
    }

    /**
     * Tells whether it names exactly one staff member or one unit.
     *
     * @return true if well formed
     */
    public boolean isWellFormed() {
        return (staff == null) != (unit == null);
    }

    /**
     * Returns the party as {@code staff S-1} or {@code unit GD-SZ-01}: identifiers only.
     *
     * @return the text
     */
    public String label() {
        return staff != null ? "staff " + staff.value() : unit != null ? "unit " + unit.value() : "nobody";
    }
}
