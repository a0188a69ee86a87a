package org.complaintkit.core.complaint;

import java.util.List;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.OwnershipTransferred;
import org.complaintkit.api.organisation.StaffId;

/**
 * Who owns a complaint at first contact (首问负责人): the owner named at registration, then whoever the last
 * {@link OwnershipTransferred} handed it to. The fold keeps the current owner in the state's registration
 * ({@code state.registration().firstContactOwner()}), so that every reader of a state (the access policy, a host's
 * own policy, urging, notices) treats the current owner as owner, while the registration event keeps the first.
 */
public final class Ownership {

    private Ownership() {
    }

    /**
     * The current first-contact owner, read from a history.
     *
     * @param history the complaint's events, the registration first
     * @return the owner after the last transfer, or the owner named at registration
     * @throws IllegalArgumentException if the history does not start with a registration
     */
    public static StaffId currentOwner(List<? extends ComplaintEvent> history) {
        if (history.isEmpty() || !(history.get(0) instanceof ComplaintRegistered registered)) {
            throw new IllegalArgumentException("a complaint's history starts with its registration");
        }
        StaffId owner = registered.registration().firstContactOwner();
        for (ComplaintEvent event : history) {
            if (event instanceof OwnershipTransferred transferred) {
                owner = transferred.to();
            }
        }
        return owner;
    }

    /** The state with its registration naming another first-contact owner. */
    static ComplaintState withOwner(ComplaintState state, StaffId owner) {
        Registration r = state.registration();
        Registration owned = new Registration(r.complainant(), r.channel(), r.receivedAt(), r.receivingUnit(),
                r.subjects(), r.content(), r.request(), r.forwardedFrom(), owner, r.jurisdiction(), r.confidential());
        return new ComplaintState(state.id(), state.version(), state.status(), owned, state.assignment(),
                state.resolution(), state.approvedBy(), state.response(), state.satisfaction(), state.pauseReason(),
                state.reinvestigations(), state.liability(), state.rootCause(), state.referredTo(),
                state.mergedInto(), state.lastChangedAt(), state.endorsedBy());
    }
}
