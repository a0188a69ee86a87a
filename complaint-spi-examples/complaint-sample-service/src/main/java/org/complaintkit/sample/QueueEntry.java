package org.complaintkit.sample;

import java.time.Instant;
import java.util.Map;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.core.engine.WorkQueueItem;

/**
 * One row of a work queue: what a handler needs to pick the next complaint, without the customer's personal data
 * (open the complaint for that, through its view, which the access policy masks).
 *
 * @param complaintId the complaint
 * @param status its status
 * @param receivedAt when it was received
 * @param receivingUnit the unit that received it
 * @param handlingUnit the unit handling it, or null
 * @param priority its priority, or null
 * @param runningClocks the deadline of each running clock, by clock id
 */
record QueueEntry(String complaintId, ComplaintStatus status, Instant receivedAt, String receivingUnit,
                  String handlingUnit, Priority priority, Map<String, Instant> runningClocks) {

    static QueueEntry of(WorkQueueItem item) {
        return new QueueEntry(item.view().id().value(), item.view().status(), item.view().receivedAt(),
                item.view().receivingUnit().value(),
                item.view().handlingUnit() == null ? null : item.view().handlingUnit().value(),
                item.facts().priority(), item.facts().runningClocks());
    }
}
