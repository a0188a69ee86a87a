package org.complaintkit.core.sla.preset;

import java.util.List;
import org.complaintkit.api.complaint.PauseReason;
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
 * United Kingdom: the FCA Handbook, DISP 1, read in the rule's own text (REGULATIONS.md). Business days
 * are those of the calendar registered under {@code GB} (else the engine's default).
 *
 * <p>Not shipped as a clock: the complainant's six months to go to the Ombudsman after the final response
 * (a months target this library does not model yet; a host can approximate it with calendar days).
 *
 * <p>Immutable and thread-safe.
 */
public final class UkDisp {
    /** Summary resolution by close of the third business day after receipt (DISP 1.5). */
    public static final String SUMMARY_RESOLUTION = "disp.summary-resolution";
    /** Final or holding response within eight weeks (DISP 1.6.2R). */
    public static final String FINAL_RESPONSE = "disp.final-response";
    /** Payment services and e-money: 15 business days, 35 in exceptional cases (DISP 1.6.2AR). */
    public static final String PAYMENT_SERVICES = "disp.payment-services";

    private UkDisp() {
    }

    /**
     * DISP 1.5: a complaint resolved by close of business on the third business day after the day of receipt
     * may be closed with a summary resolution communication instead of a final response. A window: its
     * closing means only that the full procedure applies.
     *
     * @return the clock
     */
    public static ClockDefinition summaryResolution() {
        return ClockDefinition.builder(SUMMARY_RESOLUTION)
                .description("summary resolution by close of the 3rd business day (FCA DISP 1.5)")
                .purpose(ClockPurpose.WINDOW).startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                .target(new ClockTarget.WorkingDays(3)).calendar(CalendarChoice.JURISDICTION).build();
    }

    /**
     * DISP 1.6.2R: by the end of eight weeks after receipt, a final response, or a holding response with
     * the reasons and the complainant's right to refer to the Ombudsman. Read here as 56 calendar days after
     * the day of receipt, the last day included. A regulator-ordered pause of a whole class (such as the
     * motor-finance pause of DISP App 5) does not count.
     *
     * @return the clock
     */
    public static ClockDefinition finalResponse() {
        return ClockDefinition.builder(FINAL_RESPONSE).description("final response within 8 weeks (FCA DISP 1.6.2R)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                .pausesFor(PauseReason.REGULATOR_ORDERED).target(new ClockTarget.CalendarDays(56))
                .calendar(CalendarChoice.JURISDICTION).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * DISP 1.6.2AR: payment services and e-money complaints get a final response within 15 business days
     * after receipt; in exceptional situations beyond the firm's control, a holding reply with the reasons
     * and the date of the final response, which must be within 35 business days ({@code exceptional}).
     *
     * @return the clock
     */
    public static ClockDefinition paymentServices() {
        return ClockDefinition.builder(PAYMENT_SERVICES)
                .description("payment services: final response within 15 business days (FCA DISP 1.6.2AR)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(15))
                .extension(new ExtensionTier("exceptional", new ClockTarget.WorkingDays(35), null, true))
                .calendar(CalendarChoice.JURISDICTION).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * The summary-resolution window and the eight-week final response, for every complaint.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("uk.disp-1", "FCA DISP 1.5 and 1.6.2R", summaryResolution(), finalResponse());
    }

    /**
     * The 15 / 35 business-day clock, for complaints about the host's payment-services and e-money products.
     *
     * @param productCodes the host's product codes that are payment services or e-money
     * @return the policy
     */
    public static SlaPolicy paymentServicesPolicy(String... productCodes) {
        return new SlaPolicy("uk.disp-1.payment-services", "FCA DISP 1.6.2AR",
                PolicyCondition.always().withProducts(productCodes), List.of(paymentServices()));
    }
}
