package org.complaintkit.core.sla;

import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.sla.Milestone;

/**
 * Proof of notice for the clocks: which milestones are reached only when the customer's notice is
 * sent, not when staff record the decision. Under CBIRC Art. 21 a deadline is met when the letter is
 * posted, the SMS or e-mail sent: so when the engine sends the decision notice, a clock that stops at
 * {@link Milestone#RESPONDED} stops at the {@link NoticeDelivered#sentAt()} of that notice in the ledger.
 *
 * <p>Immutable and thread-safe if the predicate is.
 *
 * @param awaitsNotice the events whose milestone waits for a notice (a decision given in writing)
 * @param byNoticeType the milestone each customer notice type marks when delivered; copied
 */
public record NoticeMilestones(Predicate<ComplaintEvent> awaitsNotice, Map<String, Milestone> byNoticeType) {
    /** No proof of notice: every milestone is reached when its event is recorded. */
    public static final NoticeMilestones NONE = new NoticeMilestones(e -> false, Map.of());

    /**
     * Checks and copies the components.
     *
     * @param awaitsNotice the events whose milestone waits for a notice
     * @param byNoticeType the milestone each customer notice type marks when delivered
     */
    public NoticeMilestones {
        Objects.requireNonNull(awaitsNotice, "awaitsNotice");
        byNoticeType = Map.copyOf(byNoticeType);
    }

    /**
     * Returns the milestone an event marks under proof of notice.
     *
     * @param event the event
     * @return the milestone, or null if it marks none
     */
    public Milestone milestoneOf(ComplaintEvent event) {
        if (event instanceof NoticeDelivered delivered) {
            return delivered.toCustomer() ? byNoticeType.get(delivered.noticeType()) : null;
        }
        Milestone milestone = ClockBook.milestoneOf(event);
        return milestone != null && byNoticeType.containsValue(milestone) && awaitsNotice.test(event) ? null : milestone;
    }
}
