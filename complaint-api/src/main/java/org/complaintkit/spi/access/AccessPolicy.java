package org.complaintkit.spi.access;

import java.util.Optional;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;

/**
 * Decides, for one staff member and one complaint, whether they may see it or act on it, and what their
 * view shows. Every read through the engine's views and every command on an existing complaint passes
 * it; a denial is refused with the violation's code and recorded on the complaint. The library's standard
 * policy keeps the complaint from the person it is about (CBIRC Art. 17; DOMAIN.md §7); a host supplies
 * its own to add rules of its own.
 *
 * <p>Implementations must be thread-safe and must not put personal data in a violation's message.
 */
public interface AccessPolicy {

    /**
     * Checks a permission.
     *
     * @param actor who asks
     * @param complaint the complaint as it stands
     * @param permission what they ask to do
     * @return the reason for a denial, or empty if allowed
     */
    Optional<Violation> check(Actor actor, ComplaintState complaint, Permission permission);

    /**
     * Checks an action, knowing which command the actor would run: every command on an existing complaint passes
     * here before the lifecycle decides it. The default asks {@link #check} for {@link Permission#ACT}, so a
     * policy that does not care which command it is decides as before; a host overrides it to add rules by
     * command, such as "only the directory's approvers approve" (the actor it receives is already resolved in
     * the organisation directory, if the engine has one). A denial is refused and recorded like any other.
     *
     * @param actor who acts, as the engine resolved them
     * @param complaint the complaint as it stands
     * @param command the command they would run
     * @return the reason for a denial, or empty if allowed
     */
    default Optional<Violation> checkCommand(Actor actor, ComplaintState complaint, CommandType command) {
        return check(actor, complaint, Permission.ACT);
    }

    /**
     * Returns what an allowed view shows.
     *
     * @param actor who reads
     * @param complaint the complaint
     * @return the rights
     */
    ViewRights rights(Actor actor, ComplaintState complaint);
}
