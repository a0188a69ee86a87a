package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.accountability.Accountability;
import org.complaintkit.core.accountability.AccountabilityPolicy;

/**
 * The engine's accountability work, beside the escalation at registration and at a stop and the sweep's breach
 * handling: after every append of a command, of an event the engine makes on its own and of a sweep, the case the
 * complaint's triggers call for, if the policy opens cases on them and no earlier case lists them. So each trigger
 * opens a case at most once per complaint, and triggers that show together open one case listing them all.
 *
 * <p>Immutable and thread-safe.
 */
final class AccountabilityKeeper {
    /** The actor of the cases the engine opens. */
    static final Actor POLICY = Actor.system("accountability-policy");

    private final AccountabilityPolicy policy;
    private final ClockSetup clocks;

    AccountabilityKeeper(AccountabilityPolicy policy, ClockSetup clocks) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
    }

    /**
     * The case to open after events were added, or null: the triggers the policy opens cases on, shown by the
     * complaint with the events and listed by no earlier case. A merged complaint opens none (its handling goes on
     * in the complaint it was merged into).
     *
     * @param state the state after the events
     * @param history the whole history, the events included
     * @param now the time of the append
     * @param sequence the case's sequence number
     */
    AccountabilityCaseOpened caseFor(ComplaintState state, List<ComplaintEvent> history, Instant now, long sequence) {
        if (policy.isOff() || state.status() == ComplaintStatus.MERGED) {
            return null;
        }
        Map<AccountabilityTrigger, String> shown = Accountability.shown(state, history,
                clockId -> !clocks.current().setup().isWindow(clockId));
        shown.keySet().retainAll(policy.triggers());
        shown.keySet().removeAll(Accountability.listed(history));
        if (shown.isEmpty()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        shown.forEach((trigger, reason) -> reasons.add(trigger + ": " + reason));
        return new AccountabilityCaseOpened(new EventHeader(state.id(), sequence, now, POLICY),
                List.copyOf(shown.keySet()), String.join("; ", reasons));
    }
}
