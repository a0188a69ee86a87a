package org.complaintkit.core.engine;

import java.util.List;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResolutionConcurred;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.organisation.StaffId;

/**
 * The rules that keep a concurrence ({@code ConcurResolution}) a second pair of eyes: each refuses with its own code
 * and names the rule; nothing is stored.
 */
final class Concurrences {

    private Concurrences() {
    }

    /** Refuses a concurrence by the person who proposed the resolution. */
    static void checkNotProposer(ComplaintState before, StaffId concurrer) {
        if (before.resolution() != null && concurrer.equals(before.resolution().proposedBy())) {
            throw CommandRefusedException.of(ErrorCode.CONCURRER_IS_PROPOSER, "actor",
                    "the proposer of the resolution does not concur with it: the concurrence is another person's");
        }
    }

    /** Refuses a concurrence by a person who already approved a step of the resolution. */
    static void checkNotEndorser(ComplaintState before, StaffId concurrer) {
        int step = before.endorsedBy().indexOf(concurrer);
        if (step >= 0) {
            throw CommandRefusedException.of(ErrorCode.CONCURRER_APPROVED, "actor",
                    "the concurrer approved step " + (step + 1) + " of this resolution: the concurrence is another"
                            + " person's");
        }
    }

    /** Refuses a concurrence by staff the organisation directory puts in no department: it satisfies nothing. */
    static void checkInDepartment(OrganisationKeeper organisation, StaffId concurrer) {
        if (organisation.hasDirectory() && organisation.departmentOf(concurrer) == null) {
            throw CommandRefusedException.of(ErrorCode.CONCURRER_WITHOUT_DEPARTMENT, "actor",
                    "the organisation directory puts the concurrer in no department; a concurrence is a department's");
        }
    }

    /** Refuses an approval (any step) by a person who concurred with the resolution since it was last proposed. */
    static void checkApproverDidNotConcur(List<ComplaintEvent> history, StaffId approver) {
        boolean concurred = false;
        for (ComplaintEvent event : history) {
            if (event instanceof ResolutionProposed) {
                concurred = false;
            } else if (event instanceof ResolutionConcurred c && approver.equals(c.actor().staffId())) {
                concurred = true;
            }
        }
        if (concurred) {
            throw CommandRefusedException.of(ErrorCode.APPROVER_CONCURRED, "actor",
                    "the approver concurred with this resolution (ConcurResolution); the concurrence and the approval"
                            + " are two people's");
        }
    }
}
