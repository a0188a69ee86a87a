package org.complaintkit.core.notification;

import java.util.Set;
import org.complaintkit.api.complaint.ForwardingSource;

/**
 * The notice types of the standard rules, each the key of a template.
 *
 * <p>To the complainant: {@link #ACKNOWLEDGEMENT}, {@link #DECISION}, {@link #EXTENSION},
 * {@link #REVIEW_OUTCOME}, {@link #NOT_ACCEPTED}, {@link #PROMISE}, {@link #PROMISE_CHANGED}. To the body that
 * forwarded the complaint: one reply type per {@link ForwardingSource} ({@link #forwardingReply}). To staff:
 * {@link #ASSIGNMENT}, {@link #HANDOVER}, {@link #RESULT}, {@link #WARNING}, {@link #BREACH}, {@link #BREACHED_AT_STOP},
 * {@link #CALENDAR_END}, {@link #ESCALATION}, {@link #URGE}, {@link #CO_HANDLING}, {@link #RAISED_WITH_HEAD}; the
 * first-contact owner also gets {@link #WARNING}, {@link #BREACH} and {@link #BREACHED_AT_STOP}.
 */
public final class NoticeTypes {
    /** The complaint was accepted (受理告知). */
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    /** The decision letter: facts, basis and remedies (CBIRC Art. 19). */
    public static final String DECISION = "decision";
    /** The handling period was extended: reason and new date (CBIRC Art. 18). */
    public static final String EXTENSION = "extension";
    /** The outcome of a review (核查, CBIRC Art. 20). */
    public static final String REVIEW_OUTCOME = "review-outcome";
    /** A complaint was assigned to a unit or handler. */
    public static final String ASSIGNMENT = "assignment";
    /** The first-contact owner is told the complaint moved (assigned or escalated). */
    public static final String HANDOVER = "handover";
    /** The first-contact owner is told of the result given to the customer. */
    public static final String RESULT = "result";
    /** A clock passed one of its warning shares. */
    public static final String WARNING = "warning";
    /** A clock passed its deadline. */
    public static final String BREACH = "breach";
    /** A clock stopped after its deadline before any sweep recorded it overdue. */
    public static final String BREACHED_AT_STOP = "breached-at-stop";
    /** A running clock outlived its business calendar: its deadline is unknown until the next version. */
    public static final String CALENDAR_END = "calendar-end";
    /** The complaint was escalated to a unit. */
    public static final String ESCALATION = "escalation";
    /** The handler, or the handler's head, was urged. */
    public static final String URGE = "urge";
    /** A co-handling unit is told it co-handles the complaint and is asked for its opinion. */
    public static final String CO_HANDLING = "co-handling";
    /** The head of the handling unit is told the first-contact owner raised the complaint with them. */
    public static final String RAISED_WITH_HEAD = "raised-with-head";

    /** The complaint was not accepted, and why (不予受理告知, seed 002 第八条(二)). */
    public static final String NOT_ACCEPTED = "not-accepted";
    /** A completion time was promised to the customer (承诺办结时间). */
    public static final String PROMISE = "promise";
    /** The completion time promised to the customer was changed: the earlier time, the reason, the new time. */
    public static final String PROMISE_CHANGED = "promise-changed";
    /** The reply to the regulator that forwarded the complaint (对口回复, seed 003). */
    public static final String FORWARDING_REPLY_REGULATOR = "forwarding-reply-regulator";
    /** The reply to the media that passed the complaint on. */
    public static final String FORWARDING_REPLY_MEDIA = "forwarding-reply-media";
    /** The reply to the consumer association (消保委) that forwarded the complaint. */
    public static final String FORWARDING_REPLY_CONSUMER_ASSOCIATION = "forwarding-reply-consumer-association";
    /** The report to the superior unit that passed the complaint down. */
    public static final String FORWARDING_REPLY_SUPERIOR_UNIT = "forwarding-reply-superior-unit";
    /** The reply to any other body that forwarded the complaint. */
    public static final String FORWARDING_REPLY_OTHER = "forwarding-reply-other";
    /** A complaint was handed up to the next tier of the tier ladder (分级处理, seed 003): its staff take it on. */
    public static final String TIER_RAISED = "tier-raised";

    /** The types that go to the complainant and form the ledger of proof. */
    public static final Set<String> CUSTOMER = Set.of(ACKNOWLEDGEMENT, DECISION, EXTENSION, REVIEW_OUTCOME,
            NOT_ACCEPTED, PROMISE, PROMISE_CHANGED);

    /** The types that go to the body that forwarded the complaint; their deliveries are in the ledger too. */
    public static final Set<String> FORWARDING_BODY = Set.of(FORWARDING_REPLY_REGULATOR, FORWARDING_REPLY_MEDIA,
            FORWARDING_REPLY_CONSUMER_ASSOCIATION, FORWARDING_REPLY_SUPERIOR_UNIT, FORWARDING_REPLY_OTHER);

    /**
     * The type of the reply to a kind of forwarding body.
     *
     * @param body the kind of body
     * @return the notice type
     */
    public static String forwardingReply(ForwardingSource body) {
        return switch (body) {
            case REGULATOR -> FORWARDING_REPLY_REGULATOR;
            case MEDIA -> FORWARDING_REPLY_MEDIA;
            case CONSUMER_ASSOCIATION -> FORWARDING_REPLY_CONSUMER_ASSOCIATION;
            case SUPERIOR_UNIT -> FORWARDING_REPLY_SUPERIOR_UNIT;
            case OTHER -> FORWARDING_REPLY_OTHER;
        };
    }

    private NoticeTypes() {
    }
}
