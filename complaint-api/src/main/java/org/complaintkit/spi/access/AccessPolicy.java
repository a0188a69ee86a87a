package org.complaintkit.spi.access;

import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.StaffId;
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
     * Checks a reader already allowed to see the complaint ({@link #check} with {@link Permission#VIEW}) for its
     * accountability record: the responsibility finding, the accountability cases and their decisions, and the
     * history that holds them. The default keeps the record from a person it concerns (a staff member the complaint
     * is about, found liable or sanctioned) until every case is decided (seed 002 第九条(一)4: nothing of the
     * complaint handed to the person complained about); the engine then withholds those events from their case file
     * and refuses them the record and the history, recording the denial. A host overrides it to widen or narrow the
     * rule, such as keeping it from the members of a unit found liable too.
     *
     * @param actor who reads, as the engine resolved them
     * @param complaint the complaint as it stands
     * @param concerned the staff members the accountability concerns
     * @param decided whether a case was opened and every case is decided
     * @return the reason for a denial, or empty if allowed
     */
    default Optional<Violation> checkAccountability(Actor actor, ComplaintState complaint, Set<StaffId> concerned,
                                                    boolean decided) {
        if (!decided && (concerned.contains(actor.staffId()) || complaint.isAbout(actor.staffId()))) {
            return Optional.of(new Violation(ErrorCode.ACCOUNTABILITY_WITHHELD, "reader",
                    "the accountability record is kept from a person it concerns until it is decided"));
        }
        return Optional.empty();
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
