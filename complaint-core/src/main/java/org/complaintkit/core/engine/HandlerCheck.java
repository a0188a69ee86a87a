package org.complaintkit.core.engine;

import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;

/**
 * The check of {@link Precondition#BY_THE_HANDLER}: on a complaint whose handler is named, the investigation's
 * own steps (start, pause, resume) are taken by that handler, by the staff member the organisation directory says acts for them now (their
 * first active deputy while they are absent), or by someone who manages complaints. The actor is resolved already
 * ({@link ActorIdentities}): with a directory, their roles are the directory's, never their claim.
 */
final class HandlerCheck {

    private HandlerCheck() {
    }

    /**
     * Refuses an actor who may not take the handler's step.
     *
     * @param complaint the complaint before the command
     * @param command the command
     * @param organisation the engine's organisation rules, for who acts for the handler
     * @throws CommandRefusedException coded {@link ErrorCode#NOT_THE_HANDLER} if the actor may not
     */
    static void check(ComplaintState complaint, HandlingCommand command, OrganisationKeeper organisation) {
        StaffId handler = complaint.assignment() == null ? null : complaint.assignment().handler();
        Actor actor = command.actor();
        if (handler == null || actor.roles().contains(Role.COMPLAINT_MANAGER) || actor.roles().contains(Role.SYSTEM)) {
            return;
        }
        StaffId acting = organisation.actingFor(handler);
        if (actor.staffId().equals(handler) && acting.equals(handler) || actor.staffId().equals(acting)) {
            return;
        }
        throw CommandRefusedException.of(ErrorCode.NOT_THE_HANDLER, "actor", command.type().label() + " on complaint "
                + complaint.id() + " is for its named handler " + handler.value()
                + (acting.equals(handler) ? "" : " (absent: their deputy " + acting.value() + " acts for them)")
                + " or the complaint-management unit; staff member " + actor.staffId().value() + " is neither");
    }
}
