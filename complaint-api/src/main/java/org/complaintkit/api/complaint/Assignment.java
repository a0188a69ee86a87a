package org.complaintkit.api.complaint;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.organisation.StaffId;

/**
 * Who handles a complaint: one first-responsible unit (第一责任部门), any co-handling units, and
 * optionally the named handler.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstResponsible the unit or department that answers for the complaint
 * @param coHandlers the co-operating units; copied, may be empty
 * @param handler the staff member handling it, or null if the unit has not named one
 */
public record Assignment(HandlingUnit firstResponsible, List<HandlingUnit> coHandlers, StaffId handler) {

    /**
     * Checks and copies the components.
     *
     * @param firstResponsible the unit or department that answers for the complaint
     * @param coHandlers the co-operating units; copied, may be empty
     * @param handler the staff member handling it, or null if the unit has not named one
     */
    public Assignment {
        Objects.requireNonNull(firstResponsible, "firstResponsible");
        coHandlers = List.copyOf(coHandlers);
    }
}
