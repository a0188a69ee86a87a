package org.complaintkit.core.sla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * The cohort orders that pause a complaint's clocks, read from its history: each {@code ClocksPausedByOrder} not
 * yet followed by a {@code ClocksResumedByOrder} with the same reference. Stateless and thread-safe.
 */
public final class OrderPauses {

    private OrderPauses() {
    }

    /**
     * Returns the orders pausing the complaint, by reference, with the pause that recorded each.
     *
     * @param history the complaint's events in sequence order
     * @return the standing pauses, in the order they were recorded
     */
    public static Map<String, ClocksPausedByOrder> standing(List<ComplaintEvent> history) {
        Map<String, ClocksPausedByOrder> out = new LinkedHashMap<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ClocksPausedByOrder paused) {
                out.putIfAbsent(paused.orderReference(), paused);
            } else if (event instanceof ClocksResumedByOrder resumed) {
                out.remove(resumed.orderReference());
            }
        }
        return out;
    }

    /**
     * Tells whether an order pauses the complaint.
     *
     * @param history the complaint's events in sequence order
     * @param orderReference the order's reference
     * @return true if the order paused it and has not resumed it
     */
    public static boolean pausedBy(List<ComplaintEvent> history, String orderReference) {
        return standing(history).containsKey(orderReference);
    }
}
