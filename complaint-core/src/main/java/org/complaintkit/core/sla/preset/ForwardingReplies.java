package org.complaintkit.core.sla.preset;

import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;

/**
 * The reply to the body that forwarded a complaint (seed 003: "上级部门及新闻媒体、消保委等单位转来的投诉…对口回复投诉处理
 * 结果"): once the customer has the answer, the body that forwarded the complaint is told the result.
 *
 * <p><b>A default, not a rule's figure.</b> Neither the seed nor the CBIRC Measures set a time for this reply, so the
 * 5 working days here are the library's default (the customer-service manual's feedback period, seed 001 §6.3.3),
 * meant to be changed with {@link ClockDefinition#toBuilder()}. The CBIRC regulator-forwarded clock
 * ({@link ChinaCbirc#regulatorForwarded()}, Art. 33's 7 working days) is a different duty: it times the handling of
 * the complaint, which the answer to the customer discharges, so it stops at {@link Milestone#RESPONDED}, not at the
 * reply to the regulator; this clock times the reply.
 *
 * <p>Immutable and thread-safe.
 */
public final class ForwardingReplies {
    /** Reply to the forwarding body within 5 working days of the answer to the customer (a default). */
    public static final String REPLY = "forwarding.reply";

    private ForwardingReplies() {
    }

    /**
     * The reply clock: from the answer to the customer to the reply to the forwarding body, 5 working days on the
     * handling unit's calendar (a default), warned at 80 %, notified when missed.
     *
     * @return the clock
     */
    public static ClockDefinition reply() {
        return ClockDefinition.builder(REPLY)
                .description("reply to the body that forwarded the complaint (seed 003; 5 working days is a default)")
                .startsAt(Milestone.RESPONDED).stopsAt(Milestone.FORWARDER_REPLIED)
                .target(new ClockTarget.WorkingDays(5)).calendar(CalendarChoice.HANDLING_UNIT).warnAt(80)
                .onBreach(BreachAction.NOTIFY).build();
    }

    /**
     * The reply clock, for every complaint a body forwarded, whichever the body.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("bank.forwarding-reply", "reply to the forwarding body (seed 003)", reply())
                .when(PolicyCondition.always().withForwardedBy(ForwardingSource.values()));
    }
}
