package org.complaintkit.core.sla.preset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;

/**
 * Shorter limits for priority customers: seed 001 §4.2.3 "对于特殊客户（如残障人士、孕妇等），接待工作人员应优先安排服务".
 * The seed says such customers are served first and gives <b>no figure</b>: every target here is <b>the bank's own
 * choice</b>, a configurable default, not a regulation's.
 *
 * <p><b>Beside the ordinary clocks, never instead of them.</b> {@link #policy()} adds clocks of its own ids to the
 * complaints of priority customers ({@link #customers()}: a reason for priority care given at registration, or the
 * classifier's {@link ComplaintFlag#VULNERABLE} flag). The ordinary clocks of {@link BankProcedures} and every
 * regulator's clocks still run on the same complaint: a priority clock only sets an earlier target, so it can never
 * lengthen a limit. Each is a copy of the ordinary clock it shortens ({@link #shortened}), with the same start, stops,
 * pauses, calendar and warning shares, and a target that {@link #shortened} checks is no longer than the ordinary
 * one; a clock of the same kind with the same start and pauses and a target no longer is never due later.
 *
 * <p><b>What a missed priority target does.</b> It is notified (and escalated where the ordinary clock escalates), so
 * a supervisor looks at once; it is not {@link BreachAction#MARK marked}: whether the complaint counts as late in the
 * statistics stays with the ordinary clock and the rules behind it. A priority clock has no extension tiers: where
 * the earlier target cannot be kept, the ordinary clock, with its own extensions, is the limit that remains. A host
 * who wants the priority target marked adds the action with {@code toBuilder()}.
 *
 * <p>The clocks shortened, each from acceptance or the decision as the ordinary one, in elapsed or working time as
 * the ordinary one:
 * <ul>
 *   <li>{@value #ON_SITE}: handler on site within 30 minutes (ordinary 1 hour, seed 002 第二篇 五);</li>
 *   <li>{@value #REPLY}: reply to the customer within 2 hours (ordinary 4 hours, seed 002 第二篇 五);</li>
 *   <li>{@value #FEEDBACK}: result fed back within 2 working days after the decision (ordinary 5, seed 001 §6.3.3);</li>
 *   <li>{@value #FIRST_CONTACT}, added by the host like the ordinary one: the customer reached within 30 minutes of
 *   receipt (ordinary default 1 hour, itself unverified).</li>
 * </ul>
 * The report to the unit's complaint team (8 hours) is internal and is not shortened.
 *
 * <p>Immutable and thread-safe.
 */
public final class BankPriority {
    /** The policy's id. */
    public static final String POLICY = "bank.priority";
    /** Handler on site within 30 minutes of acceptance, for a priority customer. */
    public static final String ON_SITE = "bank.priority.on-site";
    /** Reply to a priority customer within 2 hours of acceptance. */
    public static final String REPLY = "bank.priority.reply";
    /** Result fed back to a priority customer within 2 working days after the decision. */
    public static final String FEEDBACK = "bank.priority.feedback";
    /** A priority customer first reached within 30 minutes of receipt. */
    public static final String FIRST_CONTACT = "bank.priority.first-contact";
    /** The target of {@link #onSite()}: 30 elapsed minutes, the bank's own choice. */
    public static final Duration ON_SITE_TARGET = Duration.ofMinutes(30);
    /** The target of {@link #reply()}: 2 elapsed hours, the bank's own choice. */
    public static final Duration REPLY_TARGET = Duration.ofHours(2);
    /** The target of {@link #feedback()}: 2 working days, the bank's own choice. */
    public static final int FEEDBACK_WORKING_DAYS = 2;
    /** The target of {@link #firstContact()}: 30 elapsed minutes, the bank's own choice. */
    public static final Duration FIRST_CONTACT_TARGET = Duration.ofMinutes(30);

    private static final String OWN_CHOICE = "; the bank's own target for priority customers (seed 001 §4.2.3 gives "
            + "no figure), not a regulation's";

    private BankPriority() {
    }

    /**
     * The customers the policy is for: a reason for priority care given at registration (elderly, disabled,
     * pregnant, in distress), or the classifier's {@link ComplaintFlag#VULNERABLE} flag. Another choice is the host's:
     * {@code policy().when(PolicyCondition.always().withPriorities(Priority.HIGH, Priority.URGENT))}, say.
     *
     * @return the condition
     */
    public static PolicyCondition customers() {
        return PolicyCondition.always().withVulnerable();
    }

    /**
     * Handler on site within {@link #ON_SITE_TARGET} of acceptance: {@link BankProcedures#onSite()} shortened.
     *
     * @return the clock
     */
    public static ClockDefinition onSite() {
        return shortened(BankProcedures.onSite(), ON_SITE, new ClockTarget.Elapsed(ON_SITE_TARGET));
    }

    /**
     * Reply to the customer within {@link #REPLY_TARGET} of acceptance: {@link BankProcedures#reply()} shortened,
     * stopped likewise by an interim reply or the answer.
     *
     * @return the clock
     */
    public static ClockDefinition reply() {
        return shortened(BankProcedures.reply(), REPLY, new ClockTarget.Elapsed(REPLY_TARGET));
    }

    /**
     * Result fed back within {@link #FEEDBACK_WORKING_DAYS} working days after the decision:
     * {@link BankProcedures#feedback()} shortened, without its {@code special} extension.
     *
     * @return the clock
     */
    public static ClockDefinition feedback() {
        return shortened(BankProcedures.feedback(), FEEDBACK, new ClockTarget.WorkingDays(FEEDBACK_WORKING_DAYS));
    }

    /**
     * The customer first reached within {@link #FIRST_CONTACT_TARGET} of receipt: {@link BankProcedures#firstContact()}
     * shortened. Not part of {@link #policy()}, as the ordinary one is not part of {@link BankProcedures#policy()}: a
     * host that sets its own ordinary figure shortens that one, {@code shortened(BankProcedures.firstContact(own),
     * FIRST_CONTACT, target)}, and {@link #shortened} refuses a target longer than the host's.
     *
     * @return the clock
     */
    public static ClockDefinition firstContact() {
        return shortened(BankProcedures.firstContact(), FIRST_CONTACT, new ClockTarget.Elapsed(FIRST_CONTACT_TARGET));
    }

    /**
     * The on-site, reply and feedback clocks, for the complaints of {@link #customers()}: run beside
     * {@link BankProcedures#policy()}, not instead of it.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return new SlaPolicy(POLICY, "the bank's own shorter limits for priority customers (seed 001 §4.2.3; "
                + "figures the bank's own choice)", customers(), List.of(onSite(), reply(), feedback()));
    }

    /**
     * Copies an ordinary duty clock under another id with a target no longer than its own: the same start, stops,
     * pauses, calendar, warning shares and restart on new facts, no extension tiers, and its breach actions without
     * {@link BreachAction#MARK} (a missed priority target is notified, and escalated where the ordinary clock
     * escalates, but the ordinary clock decides lateness in the statistics).
     *
     * @param ordinary the clock shortened, a duty
     * @param id the new clock's id
     * @param target the new target, of the ordinary target's kind and no longer ({@link #noLonger})
     * @return the clock
     * @throws ConfigurationException coded {@link ErrorCode#PRIORITY_CLOCK_NOT_SHORTER}, listing every problem, if the
     *     ordinary clock is a window (its end is the customer's right: shortening it would take time from the
     *     customer) or the target is of another kind or longer
     */
    public static ClockDefinition shortened(ClockDefinition ordinary, String id, ClockTarget target) {
        Objects.requireNonNull(ordinary, "ordinary");
        Objects.requireNonNull(target, "target");
        List<Violation> problems = new ArrayList<>();
        if (ordinary.purpose() != ClockPurpose.DUTY) {
            problems.add(new Violation(ErrorCode.PRIORITY_CLOCK_NOT_SHORTER, "ordinary",
                    "clock " + ordinary.id() + " is a window, the customer's time: it is not shortened for priority"));
        }
        if (!noLonger(target, ordinary.target())) {
            problems.add(new Violation(ErrorCode.PRIORITY_CLOCK_NOT_SHORTER, "target",
                    "the target " + target + " of clock " + id + " is not provably no longer than " + ordinary.target()
                            + " of clock " + ordinary.id() + "; give a target of the same kind, no longer"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        Set<BreachAction> actions = ordinary.onBreach().isEmpty() ? EnumSet.noneOf(BreachAction.class)
                : EnumSet.copyOf(ordinary.onBreach());
        actions.remove(BreachAction.MARK);
        return ordinary.toBuilder().id(id).description(ordinary.description() + ", shortened to " + describe(target)
                        + OWN_CHOICE)
                .target(target).noExtensions().onBreach(actions.toArray(BreachAction[]::new)).build();
    }

    /**
     * Tells whether one target is never due later than another from the same start with the same pauses on the same
     * calendar: both of one kind, and no longer in that kind's measure (for a time of day on a working day, fewer days,
     * or as many days by an earlier or the same time; for calendar days, fewer or as many counted as they fall). Targets
     * of different kinds are never compared, as a pause or a holiday can reverse their order; nor is a shorter period
     * whose last day moves off rest days (Civil Code Art. 203) with a longer one counted as it falls, as a holiday week
     * can carry 7 such days past 8 counted days. Two periods that both move off rest days end at 24:00 of their last
     * days, so the fewer days are never due later.
     *
     * @param shorter the target that should be no longer
     * @param ordinary the target it is compared with
     * @return true if {@code shorter} is never due after {@code ordinary}
     */
    public static boolean noLonger(ClockTarget shorter, ClockTarget ordinary) {
        if (shorter instanceof ClockTarget.Elapsed a && ordinary instanceof ClockTarget.Elapsed b) {
            return a.duration().compareTo(b.duration()) <= 0;
        }
        if (shorter instanceof ClockTarget.WorkingTime a && ordinary instanceof ClockTarget.WorkingTime b) {
            return a.duration().compareTo(b.duration()) <= 0;
        }
        if (shorter instanceof ClockTarget.WorkingDays a && ordinary instanceof ClockTarget.WorkingDays b) {
            return a.days() <= b.days();
        }
        if (shorter instanceof ClockTarget.CalendarDays a && ordinary instanceof ClockTarget.CalendarDays b) {
            // A last day moved off rest days can pass a longer period counted as it falls (a holiday week carries 7
            // such days past 8 counted days); two periods that both move off rest days end at 24:00 of their last
            // days (Deadlines), so fewer days are never due later.
            return a.days() <= b.days() && (!a.lastDayOffRestDays() || b.lastDayOffRestDays());
        }
        if (shorter instanceof ClockTarget.ByTimeOnWorkingDay a && ordinary instanceof ClockTarget.ByTimeOnWorkingDay b) {
            return a.days() < b.days() || (a.days() == b.days() && !a.time().isAfter(b.time()));
        }
        return false;
    }

    private static String describe(ClockTarget target) {
        if (target instanceof ClockTarget.Elapsed e) {
            long minutes = e.duration().toMinutes();
            return minutes == 60 ? "1 hour" : minutes % 60 == 0 ? minutes / 60 + " hours" : minutes + " minutes";
        }
        if (target instanceof ClockTarget.WorkingDays w) {
            return w.days() + " working days";
        }
        return target.toString();
    }
}
