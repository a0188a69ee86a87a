package org.complaintkit.core.sla.preset;

import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;

/**
 * Singapore: the financial advisers' complaint-handling regulations of 2021, read in their own text
 * (REGULATIONS.md). Business days are those of the calendar registered under {@code SG} (else the
 * engine's default).
 *
 * <p>Not shipped as a tier: the delay notice with reasons that may replace the 20-business-day final
 * response, which has no fixed cap.
 *
 * <p>Immutable and thread-safe.
 */
public final class SgFinancialAdvisers {
    /** Acknowledge within 2 business days. */
    public static final String ACKNOWLEDGE = "sg.acknowledge";
    /** Final response within 20 business days. */
    public static final String FINAL_RESPONSE = "sg.final-response";

    private SgFinancialAdvisers() {
    }

    /**
     * Acknowledge the complaint within 2 business days of receipt; acceptance, or the refusal to accept,
     * tells the complainant.
     *
     * @return the clock
     */
    public static ClockDefinition acknowledge() {
        return ClockDefinition.builder(ACKNOWLEDGE).description("acknowledge within 2 business days (Singapore 2021)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.ACCEPTED, Milestone.NOT_ACCEPTED, Milestone.RESPONDED)
                .target(new ClockTarget.WorkingDays(2)).calendar(CalendarChoice.JURISDICTION)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * A final response within 20 business days of receipt.
     *
     * @return the clock
     */
    public static ClockDefinition finalResponse() {
        return ClockDefinition.builder(FINAL_RESPONSE).description("final response within 20 business days (Singapore 2021)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(20))
                .calendar(CalendarChoice.JURISDICTION).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * Both clocks, for every complaint.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("sg.fa-complaints-2021", "Singapore financial advisers' complaint handling, 2021",
                acknowledge(), finalResponse());
    }
}
