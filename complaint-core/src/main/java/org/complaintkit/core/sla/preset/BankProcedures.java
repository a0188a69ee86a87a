package org.complaintkit.core.sla.preset;

import java.time.Duration;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.ExtensionTier;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;

/**
 * The time limits of the bank's own procedures in the seed documents (DOMAIN.md §5).
 *
 * <p>During the IT-blueprint go-live (seed 002, part two, section 五): "各营业机构、各条线部门在受理客户投诉或接到
 * 上级行转来的投诉或处理工单后，要指定相关部门经办人员在1小时内到达现场，4小时内将处理情况回复客户，8小时之内将处理结果报本级行
 * 投诉处理工作组" — within 1 hour on site, within 4 hours a reply to the customer, within 8 hours the result
 * reported to the unit's complaint team, all counted from acceptance, in elapsed hours (the go-live teams
 * kept phones on 24 hours a day); each stops on what it means: the interim reply (or the answer), the internal
 * report. The customer is contacted "第一时间" (seed 002 四(一)2), a target the seed leaves to the bank: that clock,
 * {@link #firstContact()}, is added by the host, outside {@link #policy()}. The customer-service manual (seed 001 §6.3.3): the result is fed back
 * within 5 working days after handling ends, "对于特殊情况，可适当延长反馈时效".
 *
 * <p>Immutable and thread-safe.
 */
public final class BankProcedures {
    /** Handler on site within 1 hour of acceptance. */
    public static final String ON_SITE = "bank.on-site";
    /** Reply to the customer within 4 hours of acceptance. */
    public static final String REPLY = "bank.reply";
    /** Result reported to the unit's complaint team within 8 hours of acceptance. */
    public static final String REPORT = "bank.report";
    /** Result fed back to the complainant within 5 working days after handling ends. */
    public static final String FEEDBACK = "bank.feedback";
    /** The customer first reached "第一时间" after the complaint is received (no figure in the seed). */
    public static final String FIRST_CONTACT = "bank.first-contact";
    /**
     * The default target of {@link #firstContact()}: 1 elapsed hour. Seed 002 四(一)2 says only "各单位应第一时间联系投诉客户"
     * (at the first moment) and gives no figure, so this is an <b>unverified</b>, configurable default, set to the
     * hour the same document gives the handler to be on site.
     */
    public static final Duration FIRST_CONTACT_DEFAULT = Duration.ofHours(1);
    /** Every co-handling unit's opinion in within the time the bank sets (opt-in, not in {@link #policy()}). */
    public static final String OPINIONS = "bank.opinions";

    private BankProcedures() {
    }

    /**
     * The handler reaches the site within 1 hour of the complaint's acceptance or the work order's arrival
     * (seed 002 第二篇 五). Stopped when investigation starts; escalated and notified when missed.
     *
     * @return the clock
     */
    public static ClockDefinition onSite() {
        return ClockDefinition.builder(ON_SITE).description("handler on site within 1 hour (seed 002 第二篇 五)")
                .startsAt(Milestone.ACCEPTED).stopsAt(Milestone.INVESTIGATION_STARTED)
                .target(new ClockTarget.Elapsed(Duration.ofHours(1))).calendar(CalendarChoice.HANDLING_UNIT)
                .warnAt(50).onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE, BreachAction.MARK).build();
    }

    /**
     * The handling situation is replied to the customer within 4 hours of acceptance (seed 002 第二篇 五
     * "4小时内将处理情况回复客户"). Stopped by whichever comes first: an interim reply ({@code RecordInterimReply},
     * milestone {@link Milestone#INTERIM_REPLY}), or the final response ({@link Milestone#RESPONDED}).
     *
     * @return the clock
     */
    public static ClockDefinition reply() {
        return ClockDefinition.builder(REPLY).description("reply to the customer within 4 hours (seed 002 第二篇 五)")
                .startsAt(Milestone.ACCEPTED).stopsAt(Milestone.INTERIM_REPLY, Milestone.RESPONDED)
                .target(new ClockTarget.Elapsed(Duration.ofHours(4))).calendar(CalendarChoice.HANDLING_UNIT)
                .warnAt(50, 75).onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE, BreachAction.MARK).build();
    }

    /**
     * The result is reported to the unit's complaint team within 8 hours of acceptance (seed 002 第二篇 五
     * "8小时之内将处理结果报本级行投诉处理工作组"). Stopped when the report is recorded ({@code ReportInternally},
     * milestone {@link Milestone#INTERNAL_REPORT}); reaching a decision alone does not stop it.
     *
     * @return the clock
     */
    public static ClockDefinition report() {
        return ClockDefinition.builder(REPORT).description("result reported within 8 hours (seed 002 第二篇 五)")
                .startsAt(Milestone.ACCEPTED).stopsAt(Milestone.INTERNAL_REPORT)
                .target(new ClockTarget.Elapsed(Duration.ofHours(8))).calendar(CalendarChoice.HANDLING_UNIT)
                .warnAt(75).onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * The result is fed back to the complainant within 5 working days after handling ends (seed 001
     * §6.3.3). "Special cases may be extended": the seed gives no figure, so the {@code special} tier's
     * 10 working days, approved by the complaint manager and notified to the customer, is
     * <b>unverified</b> — a configurable default.
     *
     * @return the clock
     */
    public static ClockDefinition feedback() {
        return ClockDefinition.builder(FEEDBACK)
                .description("feed back the result within 5 working days after handling ends (seed 001 §6.3.3)")
                .startsAt(Milestone.DECIDED).stopsAt(Milestone.RESPONDED)
                .target(new ClockTarget.WorkingDays(5))
                .extension(new ExtensionTier("special", new ClockTarget.WorkingDays(10), Role.COMPLAINT_MANAGER, true))
                .calendar(CalendarChoice.HANDLING_UNIT).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * The customer is first reached "at the first moment" after the complaint is received (seed 002 四(一)2
     * "各单位应第一时间联系投诉客户"): started on receipt, stopped by the first contact that reaches the customer
     * ({@code RecordContact} with outcome {@code REACHED}, milestone {@link Milestone#FIRST_CONTACT}); attempts that
     * reach nobody do not stop it. The seed gives no figure: the target is {@link #FIRST_CONTACT_DEFAULT}, an
     * <b>unverified</b>, configurable default; set the bank's own with {@link #firstContact(Duration)}. Not part of
     * {@link #policy()}: add it, for example as {@code SlaPolicy.of("bank.first-contact", "...", firstContact())}.
     *
     * @return the clock
     */
    public static ClockDefinition firstContact() {
        return firstContact(FIRST_CONTACT_DEFAULT);
    }

    /**
     * The first-contact clock of {@link #firstContact()} with the bank's own target.
     *
     * @param within the elapsed time within which the customer must be reached, positive
     * @return the clock
     */
    public static ClockDefinition firstContact(Duration within) {
        return ClockDefinition.builder(FIRST_CONTACT)
                .description("customer contacted at the first moment (seed 002 四(一)2; target unverified)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.FIRST_CONTACT)
                .target(new ClockTarget.Elapsed(within)).calendar(CalendarChoice.HANDLING_UNIT)
                .warnAt(50).onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * Opt-in: every co-handling unit gives its opinion within the target after the complaint is assigned (seed 003
     * "确定第一责任部门，并告知相关部门，做好协调配合工作"; the seed sets no figure, so the bank names one). Starts when
     * an assignment names co-handling units, stops when the last of them gives its opinion
     * ({@code OPINIONS_COMPLETE}) or an assignment names none, and also at the decision, after which an opinion
     * comes too late to shape it. Warns the handler and the first-contact owner at half time; notified and marked
     * when missed. Not part of {@link #policy()}: add it to a policy of its own.
     *
     * @param target the time the co-handlers have, such as 2 working days
     * @return the clock
     */
    public static ClockDefinition opinions(ClockTarget target) {
        return ClockDefinition.builder(OPINIONS).description("co-handlers' opinions in (seed 003)")
                .startsAt(Milestone.ASSIGNED).stopsAt(Milestone.OPINIONS_COMPLETE, Milestone.DECIDED)
                .target(target).calendar(CalendarChoice.HANDLING_UNIT).warnAt(50)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * The four clocks whose figures the seeds give, for every complaint. {@link #firstContact()} is not among them:
     * its target is the bank's to set, and a breached duty clock moves a complaint into the complaint statistics
     * (seed 002 四(二)), so a host adds it on purpose, with its own figure.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("bank.procedures", "the bank's own time limits (seeds 001 §6.3.3, 002 第二篇 五)",
                onSite(), reply(), report(), feedback());
    }
}
