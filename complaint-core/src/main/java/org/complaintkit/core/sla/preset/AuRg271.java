package org.complaintkit.core.sla.preset;

import java.util.List;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;

/**
 * Australia: ASIC Regulatory Guide 271, internal dispute resolution, read in the guide's own text
 * (REGULATIONS.md). Business days are those of the calendar registered under {@code AU} (else the engine's
 * default).
 *
 * <p>Not shipped as a tier: the IDR delay notification, which has no fixed cap.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuRg271 {
    /** Acknowledge within 24 hours or one business day. */
    public static final String ACKNOWLEDGE = "rg271.acknowledge";
    /** Respond within 30 calendar days. */
    public static final String RESPONSE = "rg271.response";
    /** Superannuation complaints: 45 calendar days. */
    public static final String SUPERANNUATION = "rg271.response.superannuation";
    /** Hardship and default-notice complaints: 21 calendar days. */
    public static final String HARDSHIP = "rg271.response.hardship";
    /** Resolved by the end of the 5th business day: no written response needed. */
    public static final String NO_WRITTEN_RESPONSE = "rg271.no-written-response";

    private AuRg271() {
    }

    /**
     * RG 271: acknowledge the complaint within 24 hours or one business day; read here as by the close of
     * the first business day after the day of receipt. Acceptance, or the refusal to accept, tells the
     * complainant.
     *
     * @return the clock
     */
    public static ClockDefinition acknowledge() {
        return ClockDefinition.builder(ACKNOWLEDGE).description("acknowledge within 1 business day (ASIC RG 271)")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.ACCEPTED, Milestone.NOT_ACCEPTED, Milestone.RESPONDED)
                .target(new ClockTarget.WorkingDays(1)).calendar(CalendarChoice.JURISDICTION)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    private static ClockDefinition response(String id, String description, int days) {
        return ClockDefinition.builder(id).description(description)
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.CalendarDays(days))
                .calendar(CalendarChoice.JURISDICTION).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * RG 271: an IDR response within 30 calendar days of receipt.
     *
     * @return the clock
     */
    public static ClockDefinition response() {
        return response(RESPONSE, "IDR response within 30 days (ASIC RG 271)", 30);
    }

    /**
     * RG 271: superannuation complaints, 45 calendar days.
     *
     * @return the clock
     */
    public static ClockDefinition superannuation() {
        return response(SUPERANNUATION, "superannuation IDR response within 45 days (ASIC RG 271)", 45);
    }

    /**
     * RG 271: complaints about hardship and default notices, 21 calendar days.
     *
     * @return the clock
     */
    public static ClockDefinition hardship() {
        return response(HARDSHIP, "hardship or default-notice IDR response within 21 days (ASIC RG 271)", 21);
    }

    /**
     * RG 271: a complaint resolved to the complainant's satisfaction by the end of the fifth business day
     * after receipt needs no written IDR response. A window.
     *
     * @return the clock
     */
    public static ClockDefinition noWrittenResponse() {
        return ClockDefinition.builder(NO_WRITTEN_RESPONSE)
                .description("resolved by the 5th business day: no written response needed (ASIC RG 271)")
                .purpose(ClockPurpose.WINDOW).startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                .target(new ClockTarget.WorkingDays(5)).calendar(CalendarChoice.JURISDICTION).build();
    }

    /**
     * Acknowledgement, the 30-day response and the five-day window, for every complaint.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("au.rg-271", "ASIC RG 271", acknowledge(), response(), noWrittenResponse());
    }

    /**
     * Acknowledgement, the 45-day response and the five-day window, for superannuation products.
     *
     * @param productCodes the host's superannuation product codes
     * @return the policy
     */
    public static SlaPolicy superannuationPolicy(String... productCodes) {
        return new SlaPolicy("au.rg-271.superannuation", "ASIC RG 271, superannuation",
                PolicyCondition.always().withProducts(productCodes),
                List.of(acknowledge().toBuilder().id(ACKNOWLEDGE + ".superannuation").build(), superannuation()));
    }

    /**
     * The 21-day response, for complaints classed as hardship or default-notice complaints.
     *
     * @param classCodes the class codes that mark hardship and default-notice complaints
     * @return the policy
     */
    public static SlaPolicy hardshipPolicy(String... classCodes) {
        return new SlaPolicy("au.rg-271.hardship", "ASIC RG 271, hardship and default notices",
                PolicyCondition.always().withClasses(classCodes), List.of(hardship()));
    }
}
