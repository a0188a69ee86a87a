package org.complaintkit.core.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.event.ComplaintNotAccepted;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.sla.ClockChange;

/**
 * Which events notify whom: an ordered list of {@link NotificationRule}s.
 *
 * <p>The standard rules ({@link #standard()}):
 * <table>
 *   <caption>Standard notification rules</caption>
 *   <tr><th>event</th><th>notice</th><th>to</th></tr>
 *   <tr><td>ComplaintAccepted</td><td>acknowledgement</td><td>customer</td></tr>
 *   <tr><td>CustomerResponded in writing (SMS, e-mail, post, online)</td><td>decision</td><td>customer</td></tr>
 *   <tr><td>DeadlineExtended with a notice channel</td><td>extension</td><td>customer</td></tr>
 *   <tr><td>ReviewConcluded</td><td>review-outcome</td><td>customer</td></tr>
 *   <tr><td>ComplaintAssigned</td><td>assignment</td><td>handler, handling unit</td></tr>
 *   <tr><td>ComplaintAssigned, ComplaintEscalated</td><td>handover</td><td>first-contact owner</td></tr>
 *   <tr><td>CustomerResponded</td><td>result</td><td>first-contact owner</td></tr>
 *   <tr><td>ClockChanged WARNED (not one recorded as missed at the stop)</td><td>warning</td><td>handler</td></tr>
 *   <tr><td>ClockChanged OVERDUE</td><td>breach</td><td>handler, handling unit</td></tr>
 *   <tr><td>ClockChanged BREACHED that no sweep saw coming</td><td>breached-at-stop</td><td>handler, handling
 *   unit</td></tr>
 *   <tr><td>ClockChanged HORIZON_REACHED</td><td>calendar-end</td><td>handler, handling unit</td></tr>
 *   <tr><td>ComplaintEscalated</td><td>escalation</td><td>the unit escalated to</td></tr>
 *   <tr><td>HandlerUrged</td><td>urge</td><td>the staff member urged</td></tr>
 *   <tr><td>ComplaintNotAccepted</td><td>not-accepted, with the reason</td><td>customer</td></tr>
 *   <tr><td>CompletionPromised, a first promise</td><td>promise</td><td>customer</td></tr>
 *   <tr><td>CompletionPromised, a changed promise</td><td>promise-changed, with the earlier time and the
 *   reason</td><td>customer</td></tr>
 *   <tr><td>ForwardingBodyReplied</td><td>forwarding-reply-regulator, -media, -consumer-association,
 *   -superior-unit or -other, by the kind of body</td><td>the forwarding body</td></tr>
 *   <tr><td>TierRaised</td><td>tier-raised, with the reason</td><td>the desks of the roles of the tier handed up
 *   to</td></tr>
 * </table>
 * A decision given by phone or in person is itself the notice (the call placed, the letter handed over,
 * CBIRC Art. 21), so it sends no written decision. No staff member is notified of their own action, and
 * no one the access policy recuses is notified at all.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotificationRules {
    /** The response channels whose decision is sent as a written notice. */
    public static final Set<ContactMethod> WRITTEN = Set.copyOf(EnumSet.of(ContactMethod.SMS, ContactMethod.EMAIL,
            ContactMethod.POST, ContactMethod.ONLINE));
    private static final NotificationRules STANDARD = new NotificationRules(List.of(
            NotificationRule.on(ComplaintAccepted.class, NoticeTypes.ACKNOWLEDGEMENT, Audience.CUSTOMER),
            NotificationRule.on(CustomerResponded.class, NoticeTypes.DECISION, Audience.CUSTOMER)
                    .when(CustomerResponded.class, r -> WRITTEN.contains(r.response().via()),
                            "a decision given in writing is sent to the customer"),
            NotificationRule.on(DeadlineExtended.class, NoticeTypes.EXTENSION, Audience.CUSTOMER)
                    .when(DeadlineExtended.class, e -> e.noticeBy() != null,
                            "an extension with a notice channel is notified to the customer"),
            NotificationRule.on(ReviewConcluded.class, NoticeTypes.REVIEW_OUTCOME, Audience.CUSTOMER),
            NotificationRule.on(ComplaintAssigned.class, NoticeTypes.ASSIGNMENT, Audience.HANDLER, Audience.HANDLING_UNIT),
            NotificationRule.on(ComplaintAssigned.class, NoticeTypes.HANDOVER, Audience.FIRST_CONTACT_OWNER),
            NotificationRule.on(ComplaintEscalated.class, NoticeTypes.HANDOVER, Audience.FIRST_CONTACT_OWNER),
            NotificationRule.on(CustomerResponded.class, NoticeTypes.RESULT, Audience.FIRST_CONTACT_OWNER),
            NotificationRule.on(ClockChanged.class, NoticeTypes.WARNING, Audience.HANDLER)
                    .when(ClockChanged.class, c -> c.change() == ClockChange.WARNED && !c.isMissedWarning(),
                            "a clock warning tells the handler"),
            NotificationRule.on(ClockChanged.class, NoticeTypes.BREACHED_AT_STOP, Audience.HANDLER,
                            Audience.HANDLING_UNIT)
                    .when(ClockChanged.class, ClockChanged::isUnseenBreach,
                            "a breach seen first at the stop tells the handler and the handling unit"),
            NotificationRule.on(ClockChanged.class, NoticeTypes.BREACH, Audience.HANDLER, Audience.HANDLING_UNIT)
                    .when(ClockChanged.class, c -> c.change() == ClockChange.OVERDUE,
                            "a passed deadline tells the handler and the handling unit"),
            NotificationRule.on(ClockChanged.class, NoticeTypes.CALENDAR_END, Audience.HANDLER, Audience.HANDLING_UNIT)
                    .when(ClockChanged.class, c -> c.change() == ClockChange.HORIZON_REACHED,
                            "a clock that outlived its calendar tells the handler and the handling unit"),
            NotificationRule.on(ComplaintEscalated.class, NoticeTypes.ESCALATION, Audience.ESCALATION_TARGET),
            NotificationRule.on(HandlerUrged.class, NoticeTypes.URGE, Audience.URGED_STAFF),
            NotificationRule.on(ComplaintNotAccepted.class, NoticeTypes.NOT_ACCEPTED, Audience.CUSTOMER),
            NotificationRule.on(CompletionPromised.class, NoticeTypes.PROMISE, Audience.CUSTOMER)
                    .when(CompletionPromised.class, p -> !p.isChange(), "a first promise is confirmed to the customer"),
            NotificationRule.on(CompletionPromised.class, NoticeTypes.PROMISE_CHANGED, Audience.CUSTOMER)
                    .when(CompletionPromised.class, CompletionPromised::isChange,
                            "a changed promise is told to the customer with the reason"),
            forwardingReply(ForwardingSource.REGULATOR),
            forwardingReply(ForwardingSource.MEDIA),
            forwardingReply(ForwardingSource.CONSUMER_ASSOCIATION),
            forwardingReply(ForwardingSource.SUPERIOR_UNIT),
            forwardingReply(ForwardingSource.OTHER),
            NotificationRule.on(ComplaintAssigned.class, NoticeTypes.CO_HANDLING, Audience.CO_HANDLING_UNITS)
                    .when(ComplaintAssigned.class, a -> !a.assignment().coHandlers().isEmpty(),
                            "each co-handling unit is told it co-handles the complaint and asked for its opinion"),
            NotificationRule.on(RaisedWithHead.class, NoticeTypes.RAISED_WITH_HEAD, Audience.RAISED_HEAD),
            NotificationRule.on(ClockChanged.class, NoticeTypes.WARNING, Audience.FIRST_CONTACT_OWNER)
                    .when(ClockChanged.class, c -> c.change() == ClockChange.WARNED && !c.isMissedWarning(),
                            "a clock warning tells the first-contact owner, who may urge or raise it"),
            NotificationRule.on(ClockChanged.class, NoticeTypes.BREACHED_AT_STOP, Audience.FIRST_CONTACT_OWNER)
                    .when(ClockChanged.class, ClockChanged::isUnseenBreach,
                            "a breach seen first at the stop tells the first-contact owner"),
            NotificationRule.on(ClockChanged.class, NoticeTypes.BREACH, Audience.FIRST_CONTACT_OWNER)
                    .when(ClockChanged.class, c -> c.change() == ClockChange.OVERDUE,
                            "a passed deadline tells the first-contact owner, who may raise it with the head"),
            NotificationRule.on(TierRaised.class, NoticeTypes.TIER_RAISED, Audience.NEXT_TIER)));

    private final List<NotificationRule> rules;

    /** The reply to one kind of forwarding body, in its own template. */
    private static NotificationRule forwardingReply(ForwardingSource body) {
        return NotificationRule.on(ForwardingBodyReplied.class, NoticeTypes.forwardingReply(body), Audience.FORWARDING_BODY)
                .when(ForwardingBodyReplied.class, r -> r.body() == body,
                        "a reply to a forwarding body goes to it in the template for its kind");
    }

    private NotificationRules(List<NotificationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The standard rules, as tabled above.
     *
     * @return the rules
     */
    public static NotificationRules standard() {
        return STANDARD;
    }

    /**
     * Rules from a list.
     *
     * @param rules the rules, in order
     * @return the rules
     */
    public static NotificationRules of(List<NotificationRule> rules) {
        return new NotificationRules(rules);
    }

    /**
     * These rules and one more.
     *
     * @param rule the added rule
     * @return the new rules
     */
    public NotificationRules with(NotificationRule rule) {
        List<NotificationRule> out = new ArrayList<>(rules);
        out.add(Objects.requireNonNull(rule, "rule"));
        return new NotificationRules(out);
    }

    /**
     * These rules without those of a notice type.
     *
     * @param type the notice type to drop
     * @return the new rules
     */
    public NotificationRules without(String type) {
        return new NotificationRules(rules.stream().filter(r -> !r.type().equals(type)).toList());
    }

    /**
     * Returns the rules an event triggers, in order.
     *
     * @param event the event
     * @return the rules
     */
    public List<NotificationRule> triggeredBy(ComplaintEvent event) {
        return rules.stream().filter(r -> r.appliesTo(event)).toList();
    }

    /**
     * Returns every rule, in order.
     *
     * @return the rules
     */
    public List<NotificationRule> all() {
        return rules;
    }
}
