package org.complaintkit.core.access;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.spi.access.AccessPolicy;

/**
 * The default access policy (CBIRC Art. 17; DOMAIN.md §7):
 * <ul>
 *   <li>the staff member the complaint is about, or one the host marks as interested, may neither see it
 *       nor act on it ({@code CMP-2102});</li>
 *   <li>the complaint-management unit, the assigned handler and the first-contact owner see everything;</li>
 *   <li>every other staff member sees personal data masked and confidential content withheld;</li>
 *   <li>system actors (sweeps, detectors) are allowed.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardAccessPolicy implements AccessPolicy {
    private final BiPredicate<StaffId, ComplaintState> interested;

    private StandardAccessPolicy(BiPredicate<StaffId, ComplaintState> interested) {
        this.interested = interested;
    }

    /**
     * The standard policy.
     *
     * @return the policy
     */
    public static StandardAccessPolicy standard() {
        return new StandardAccessPolicy((staff, complaint) -> false);
    }

    /**
     * Returns this policy also recusing the staff members a host marks as having an interest in a
     * complaint, such as a relative of the complainant.
     *
     * @param marker tells whether a staff member has an interest in a complaint
     * @return a new policy
     */
    public StandardAccessPolicy withInterested(BiPredicate<StaffId, ComplaintState> marker) {
        Objects.requireNonNull(marker, "marker");
        return new StandardAccessPolicy(this.interested.or(marker));
    }

    @Override
    public Optional<Violation> check(Actor actor, ComplaintState complaint, Permission permission) {
        if (actor.roles().contains(Role.SYSTEM)) {
            return Optional.empty();
        }
        if (complaint.isAbout(actor.staffId())) {
            return Optional.of(new Violation(ErrorCode.RECUSAL, "actor",
                    "the acting staff member is a subject of the complaint and is recused"));
        }
        if (interested.test(actor.staffId(), complaint)) {
            return Optional.of(new Violation(ErrorCode.RECUSAL, "actor",
                    "the acting staff member has an interest in the complaint and is recused"));
        }
        if (permission == Permission.LEGAL_HOLD && !actor.roles().contains(Role.COMPLAINT_MANAGER)) {
            return Optional.of(new Violation(ErrorCode.LEGAL_HOLD_NOT_PERMITTED, "actor",
                    "only the complaint-management unit (role complaint-manager) places or lifts a legal hold"));
        }
        if (permission == Permission.ERASE_PERSONAL_DATA && !actor.roles().contains(Role.COMPLAINT_MANAGER)) {
            return Optional.of(new Violation(ErrorCode.ERASURE_NOT_PERMITTED, "actor",
                    "only the complaint-management unit (role complaint-manager) erases personal data"));
        }
        return Optional.empty();
    }

    @Override
    public ViewRights rights(Actor actor, ComplaintState complaint) {
        boolean manager = actor.roles().contains(Role.COMPLAINT_MANAGER);
        boolean handler = complaint.assignment() != null && actor.staffId().equals(complaint.assignment().handler());
        boolean owner = actor.staffId().equals(complaint.registration().firstContactOwner());
        return manager || handler || owner ? ViewRights.FULL : ViewRights.MASKED;
    }
}
