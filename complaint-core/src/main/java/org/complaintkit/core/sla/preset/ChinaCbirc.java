package org.complaintkit.core.sla.preset;

import java.util.List;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.ExtensionTier;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;

/**
 * China: 银行业保险业消费投诉处理管理办法 (CBIRC Order 2020 No. 3), read in the rule's own text
 * (REGULATIONS.md). Every 日 is a calendar day and "以内" includes the last day (Art. 43): a limit of n days
 * ends at the midnight that closes the n-th day after the day of receipt.
 *
 * <p><b>Re-investigation.</b> The customer's window to ask for a review (Art. 20, "自收到处理决定之日起30日内")
 * runs from the latest decision, as the lifecycle's review-window guard reads it: after a re-investigation it
 * opens again, as a new round, with the next answer, and a window that runs out is recorded {@code CLOSED},
 * never as a breach. The decision clock follows the latest decision too, as a new round: Art. 18 times the bank's
 * 处理决定, and a re-investigation (on the customer's dissatisfaction, or because a review found the decision
 * wanting) withdraws the decision it reopens, so a decision is owed again. The second round runs from the
 * re-investigation to the next answer with Art. 18's own limits (15 days, extensible to 30 and 60), recorded under
 * {@code cbirc.decision#2} ({@link org.complaintkit.core.sla.ClockRounds}), so a breach of the first round stands
 * on the record whatever the second does. The review clock (Art. 20's 30 days from the request) times the review
 * itself and stops when the review concludes or sends the complaint back to investigation; a review asked for
 * after the next answer is timed again, from its request, as {@code cbirc.review#2}. The regulator-forwarded
 * clock (Art. 33) runs a new round after a re-investigation as the decision clock does.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChinaCbirc {
    /** Decide and notify: 15 days, 30 for complex cases, 60 with approval (Art. 18). */
    public static final String DECISION = "cbirc.decision";
    /** Decide a review within 30 days of the request (Art. 20). */
    public static final String REVIEW = "cbirc.review";
    /** The customer's 30 days to ask for a review of the decision (Art. 20). */
    public static final String REVIEW_WINDOW = "cbirc.review-window";
    /** Complaints forwarded by the regulator: 7 working days (Art. 33). */
    public static final String REGULATOR_FORWARDED = "cbirc.regulator-forwarded";
    /**
     * The role that approves the second extension: "经其上级机构或者总行高级管理人员审批" — the superior
     * institution or head-office senior management.
     */
    public static final Role SUPERIOR_APPROVER = Role.of("superior-approver");
    /**
     * Which complaints the Measures govern: those under the bank's home rules (naming no jurisdiction) and those
     * naming {@code CN}. A complaint a bank's branch abroad registers under its own jurisdiction, such as
     * {@code GB}, runs that jurisdiction's policies, not these.
     */
    public static final PolicyCondition MAINLAND = PolicyCondition.always().withJurisdictions(PolicyCondition.HOME, "CN");

    private ChinaCbirc() {
    }

    /**
     * Art. 18: decide and tell the complainant within 15 days of receipt; a complex case may be extended to
     * 30 days ({@code complex}, no approval); a particularly complex or special case a further 30 days, 60 in
     * all ({@code special}), with the approval of the superior institution or head-office senior management
     * ({@link #SUPERIOR_APPROVER}) and the complainant told. External appraisal, testing or evaluation
     * (Art. 18) and mediation (Art. 23) do not count. New facts or reasons restart the period from the
     * receipt of the new material; merging a repeat does not (Art. 18). Withdrawal ends the case (Art. 15).
     *
     * <p>The days are counted literally ({@code new CalendarDays(15)}): the 15th day is the last even when it is
     * a holiday. The Civil Code Art. 203 would move such a last day to the first working day after the
     * holiday ({@code ClockTarget.CalendarDays.civilCode(15)}); the Order does not say that it applies to the
     * bank's own duty, and the literal reading is never later, so a bank that keeps it meets both readings. A
     * host that takes the Civil Code reading sets it with {@code toBuilder().target(...)}.
     *
     * @return the clock
     */
    public static ClockDefinition decision() {
        return ClockDefinition.builder(DECISION).description("decide and notify within 15 days (CBIRC Order 2020 No. 3 Art. 18)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                .pausesFor(PauseReason.EXTERNAL_APPRAISAL, PauseReason.MEDIATION)
                .target(new ClockTarget.CalendarDays(15))
                .extension(new ExtensionTier("complex", new ClockTarget.CalendarDays(30), null, false))
                .extension(new ExtensionTier("special", new ClockTarget.CalendarDays(60), SUPERIOR_APPROVER, true))
                .calendar(CalendarChoice.HANDLING_UNIT).warnAt(50, 80).restartsOnNewFacts(true)
                .onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE, BreachAction.MARK).build();
    }

    /**
     * Art. 20: a review (核查) is decided within 30 days of the request. Stopped by the review's conclusion
     * or by re-investigation, which the review decided.
     *
     * @return the clock
     */
    public static ClockDefinition review() {
        return ClockDefinition.builder(REVIEW).description("decide a review within 30 days (CBIRC Order 2020 No. 3 Art. 20)")
                .startsAt(Milestone.REVIEW_REQUESTED).stopsAt(Milestone.REVIEW_CONCLUDED, Milestone.REINVESTIGATED)
                .target(new ClockTarget.CalendarDays(30)).calendar(CalendarChoice.HANDLING_UNIT).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE, BreachAction.MARK).build();
    }

    /**
     * Art. 20: the complainant may ask for a review within 30 days of receiving the decision. A window, not
     * a duty: when it closes the lifecycle refuses a review request (CMP-2103).
     *
     * @return the clock
     */
    public static ClockDefinition reviewWindow() {
        return ClockDefinition.builder(REVIEW_WINDOW)
                .description("the customer may ask for a review within 30 days (CBIRC Order 2020 No. 3 Art. 20)")
                .purpose(ClockPurpose.WINDOW).startsAt(Milestone.RESPONDED).stopsAt(Milestone.REVIEW_REQUESTED)
                .target(new ClockTarget.CalendarDays(30)).calendar(CalendarChoice.HANDLING_UNIT).build();
    }

    /**
     * Art. 33: a complaint the regulator forwards is handled within 7 working days.
     *
     * @return the clock
     */
    public static ClockDefinition regulatorForwarded() {
        return ClockDefinition.builder(REGULATOR_FORWARDED)
                .description("regulator-forwarded complaint within 7 working days (CBIRC Order 2020 No. 3 Art. 33)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(7))
                .calendar(CalendarChoice.HANDLING_UNIT).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE, BreachAction.MARK).build();
    }

    /**
     * The decision, review and review-window clocks, for every complaint under the Measures ({@link #MAINLAND}).
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("cn.cbirc-2020-3", "CBIRC Order 2020 No. 3, Arts. 18, 20 and 23", decision(), review(),
                reviewWindow()).when(MAINLAND);
    }

    /**
     * The 7-working-day clock, for complaints a regulator forwarded.
     *
     * @return the policy
     */
    public static SlaPolicy regulatorForwardedPolicy() {
        return new SlaPolicy("cn.cbirc-2020-3.forwarded", "CBIRC Order 2020 No. 3, Art. 33",
                MAINLAND.withForwardedBy(ForwardingSource.REGULATOR), List.of(regulatorForwarded()));
    }

    /**
     * Both policies.
     *
     * @return the policies
     */
    public static List<SlaPolicy> policies() {
        return List.of(policy(), regulatorForwardedPolicy());
    }
}
