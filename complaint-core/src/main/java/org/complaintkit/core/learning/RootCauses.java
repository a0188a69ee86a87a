package org.complaintkit.core.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintkit.api.complaint.RemediationAction;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.RemediationCompleted;
import org.complaintkit.api.event.RootCauseLinked;

/**
 * Reads one complaint's root-cause work from its history: the root causes it links to and the remediation
 * actions planned on it, each with whether it is done.
 */
public final class RootCauses {
    private RootCauses() {
    }

    /**
     * Returns the remediation actions planned on a complaint, in the order first planned.
     *
     * @param history the complaint's events in sequence order
     * @return the actions, each with its completion if any
     */
    public static List<PlannedAction> actions(List<ComplaintEvent> history) {
        Map<List<String>, PlannedAction> byKey = new LinkedHashMap<>();
        for (ComplaintEvent event : history) {
            if (event instanceof RootCauseLinked link) {
                for (RemediationAction action : link.actions()) {
                    byKey.put(List.of(link.rootCauseId(), action.id()), new PlannedAction(link.rootCauseId(), action,
                            link.complaintId(), link.occurredAt(), link.actor().staffId(), null, null));
                }
            } else if (event instanceof RemediationCompleted done) {
                byKey.computeIfPresent(List.of(done.rootCauseId(), done.actionId()),
                        (key, planned) -> planned.completed(done.occurredAt(), done.actor().staffId()));
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * Tells whether a complaint planned an action under a root cause that is not yet done: the condition for
     * {@code CompleteRemediation}.
     *
     * @param history the complaint's events in sequence order
     * @param rootCauseId the root cause
     * @param actionId the action
     * @return true if the action is planned here and open
     */
    public static boolean isOpen(List<ComplaintEvent> history, String rootCauseId, String actionId) {
        Objects.requireNonNull(rootCauseId, "rootCauseId");
        Objects.requireNonNull(actionId, "actionId");
        for (PlannedAction planned : actions(history)) {
            if (planned.rootCauseId().equals(rootCauseId) && planned.action().id().equals(actionId)) {
                return !planned.done();
            }
        }
        return false;
    }

    /**
     * Returns the links of a complaint to root causes, in order.
     *
     * @param history the complaint's events in sequence order
     * @return the link events
     */
    public static List<RootCauseLinked> links(List<ComplaintEvent> history) {
        List<RootCauseLinked> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof RootCauseLinked link) {
                out.add(link);
            }
        }
        return out;
    }
}
