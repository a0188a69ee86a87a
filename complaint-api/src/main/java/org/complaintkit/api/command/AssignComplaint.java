package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;

/**
 * Assigns a complaint to a first-responsible unit with any co-handlers (分派 / 转办), or re-assigns it.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code AssignComplaint.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param firstResponsible the unit or department that answers for the complaint
 * @param coHandlers co-operating units, at most 20; may be empty
 * @param handler the named handler, or null to leave the choice to the unit
 */
public record AssignComplaint(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Valid HandlingUnit firstResponsible,
        @NotNull @Size(max = 20) List<@NotNull @Valid HandlingUnit> coHandlers,
        StaffId handler) implements HandlingCommand {

    /**
     * Copies the lists, keeping any null element for validation to report.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param firstResponsible the unit or department that answers for the complaint
     * @param coHandlers co-operating units, at most 20; may be empty
     * @param handler the named handler, or null to leave the choice to the unit
     */
    public AssignComplaint {
        coHandlers = coHandlers == null ? null : Collections.unmodifiableList(new ArrayList<>(coHandlers));
    }

    /**
     * Assigns the complaint to a first-responsible unit, with no co-handlers and no named handler.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param firstResponsible the unit or department that answers for the complaint
     * @return the command
     */
    public static AssignComplaint of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, HandlingUnit firstResponsible) {
        return new AssignComplaint(complaintId, actor, idempotencyKey, firstResponsible, List.of(), null);
    }

    /**
     * Returns this assignment with co-handlers.
     *
     * @param units co-operating units, at most 20
     * @return a copy with it
     */
    public AssignComplaint withCoHandlers(List<HandlingUnit> units) {
        return new AssignComplaint(complaintId, actor, idempotencyKey, firstResponsible, units, handler);
    }

    /**
     * Returns this assignment with a named handler.
     *
     * @param staff the named handler
     * @return a copy with it
     */
    public AssignComplaint withHandler(StaffId staff) {
        return new AssignComplaint(complaintId, actor, idempotencyKey, firstResponsible, coHandlers, staff);
    }

    @Override
    public CommandType type() {
        return CommandType.ASSIGN;
    }
}
