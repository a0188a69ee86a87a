package org.complaintkit.core.sla.preset;

import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.notification.Audience;
import org.complaintkit.core.notification.NotificationRule;

/**
 * The verbal loss report lapses in 5 days (seed 002 第二篇 四(三)3: "客户应急挂失，只限于办理应急口头挂失…要注意告知客户
 * 务必在5日内及时到网点办理正式挂失，避免因临时挂失5日后自动失效引发客户投诉"): a clock started when a complaint of the
 * loss-report class ({@value #LOSS_REPORT_CLASS}) is registered, which reminds the customer before it lapses.
 *
 * <p><b>Calendar days, counted literally.</b> "5日" is the period of the verbal loss report the savings rules set
 * (储蓄管理条例 Art. 31: "必须在五天内补办书面申请挂失手续"), and the core system lifts the temporary stop on the
 * account when it has run, whatever the day: it is not the bank's working time, and the seed's outlets are closed
 * for the migration while it runs. So the clock counts 5 calendar days inclusively, to the end of the 5th day after
 * the report, and its last day does not move off a holiday.
 *
 * <p><b>A window, not a duty.</b> The lapse ends the customer's temporary protection; it is nobody's breach of a time
 * limit, so the clock is a {@link ClockPurpose#WINDOW}: its end is recorded {@code CLOSED}, never overdue. Its
 * warning at 60 % (in the 4th day, with a day and more left) is the reminder: {@link #reminder()} sends the customer
 * the {@value #REMINDER} notice in their language (zh-CN, zh-TW, en in the standard templates) with the day it
 * lapses. The standard rules also tell the handler and the first-contact owner of the warning.
 *
 * <p><b>Stopped by the answer.</b> The clock stops when the customer is answered ({@link Milestone#RESPONDED}): the
 * answer is where the bank tells the customer the loss report was made formal, or what to do; a reminder after it
 * would contradict it. There is no milestone of its own for the formal loss report, which the core system records.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerbalLossReport {
    /** The clock's id. */
    public static final String LAPSE = "seed.loss-report.lapse";
    /** The class of the seed's incident scheme that selects the clock: a loss report, verbal during an incident. */
    public static final String LOSS_REPORT_CLASS = "seed.incident:incident.loss-report";
    /** The notice type of the reminder to the customer. */
    public static final String REMINDER = "loss-report-reminder";

    private VerbalLossReport() {
    }

    /**
     * The lapse clock: from the registration to the end of the 5th calendar day after it, on the handling unit's
     * calendar, warned at 60 %, a window.
     *
     * @return the clock
     */
    public static ClockDefinition lapse() {
        return ClockDefinition.builder(LAPSE)
                .description("the verbal loss report lapses 5 days after it was made (seed 002 第二篇 四(三)3)")
                .purpose(ClockPurpose.WINDOW).startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                .target(new ClockTarget.CalendarDays(5)).calendar(CalendarChoice.HANDLING_UNIT).warnAt(60).build();
    }

    /**
     * The lapse clock for complaints of the loss-report class only.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("seed.loss-report", "verbal loss report lapses in 5 days (seed 002)", lapse())
                .when(PolicyCondition.always().withClasses(LOSS_REPORT_CLASS));
    }

    /**
     * The reminder to the customer: the lapse clock's warning sends the {@value #REMINDER} notice ("your verbal loss
     * report lapses on {deadline}; come to an outlet with your ID to make it formal"). Add it to the rules, such as
     * {@code NotificationRules.standard().with(VerbalLossReport.reminder())}.
     *
     * @return the rule
     */
    public static NotificationRule reminder() {
        return NotificationRule.on(ClockChanged.class, REMINDER, Audience.CUSTOMER)
                .when(ClockChanged.class, c -> c.clockId().equals(LAPSE) && c.change() == ClockChange.WARNED
                                && !c.isMissedWarning(),
                        "the verbal loss report's warning reminds the customer to make it formal before it lapses");
    }
}
