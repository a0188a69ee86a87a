package org.complaintkit.core.sla.preset;

import java.util.List;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.ExtensionTier;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.api.complaint.ForwardingSource;

/**
 * United States: Regulation E error resolution, 12 CFR 1005.11(c), read in the rule's own text, and the
 * CFPB complaint portal's response times, from a <b>secondary</b> source (REGULATIONS.md). Business days are
 * those of the calendar registered under {@code US} (else the engine's default).
 *
 * <p>Not shipped: Regulation Z billing errors (acknowledge within 30 days, resolve within two billing
 * cycles), which need the host's billing-cycle dates.
 *
 * <p>Immutable and thread-safe.
 */
public final class UsRegulations {
    /** Reg E: investigate and decide within 10 business days, 45 days with provisional credit. */
    public static final String REG_E_INVESTIGATION = "rege.investigation";
    /** Reg E, new accounts: 20 business days, 90 days with provisional credit. */
    public static final String REG_E_NEW_ACCOUNT = "rege.investigation.new-account";
    /** Reg E, point-of-sale and foreign-initiated transfers: 10 business days, 90 days with provisional credit. */
    public static final String REG_E_POS_OR_FOREIGN = "rege.investigation.pos-or-foreign";
    /** Reg E: report the result within 3 business days after the investigation ends. */
    public static final String REG_E_REPORT = "rege.report";
    /** CFPB portal: respond within 15 days, close within 60. */
    public static final String CFPB_RESPONSE = "cfpb.response";

    private UsRegulations() {
    }

    private static ClockDefinition investigation(String id, String description, int businessDays, int creditDays) {
        return ClockDefinition.builder(id).description(description)
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.DECIDED).target(new ClockTarget.WorkingDays(businessDays))
                .extension(new ExtensionTier("provisional-credit", new ClockTarget.CalendarDays(creditDays), null, true))
                .calendar(CalendarChoice.JURISDICTION).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * 12 CFR 1005.11(c)(1)–(2): determine whether an error occurred within 10 business days of receiving
     * the notice of error; or, if the account is provisionally credited within 10 business days (and the
     * consumer told of the credit), within 45 days ({@code provisional-credit}).
     *
     * @return the clock
     */
    public static ClockDefinition regEInvestigation() {
        return investigation(REG_E_INVESTIGATION, "Reg E: decide within 10 business days (12 CFR 1005.11(c)(1))", 10, 45);
    }

    /**
     * 12 CFR 1005.11(c)(3): for a notice of error on an account opened within 30 days, 20 business days
     * instead of 10, and 90 days instead of 45 with provisional credit.
     *
     * @return the clock
     */
    public static ClockDefinition regENewAccount() {
        return investigation(REG_E_NEW_ACCOUNT, "Reg E new account: decide within 20 business days (12 CFR 1005.11(c)(3))",
                20, 90);
    }

    /**
     * 12 CFR 1005.11(c)(3)(ii): for point-of-sale debit-card transactions and transfers initiated outside
     * the United States, 90 days instead of 45 with provisional credit.
     *
     * @return the clock
     */
    public static ClockDefinition regEPosOrForeign() {
        return investigation(REG_E_POS_OR_FOREIGN,
                "Reg E point-of-sale or foreign: decide within 10 business days (12 CFR 1005.11(c)(3)(ii))", 10, 90);
    }

    /**
     * 12 CFR 1005.11(c)(2)(iv) and (d): report the results to the consumer within 3 business days after
     * completing the investigation.
     *
     * @return the clock
     */
    public static ClockDefinition regEReport() {
        return ClockDefinition.builder(REG_E_REPORT).description("Reg E: report the result within 3 business days")
                .startsAt(Milestone.DECIDED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(3))
                .calendar(CalendarChoice.JURISDICTION).onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * The CFPB portal (<b>secondary source</b>, keep configurable): the company responds within 15 days;
     * where that response says the matter is in progress ({@code in-progress}, told to the consumer), the
     * final response follows within 60 days.
     *
     * @return the clock
     */
    public static ClockDefinition cfpbResponse() {
        return ClockDefinition.builder(CFPB_RESPONSE).description("CFPB portal: respond within 15 days [secondary]")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.CalendarDays(15))
                .extension(new ExtensionTier("in-progress", new ClockTarget.CalendarDays(60), null, true))
                .calendar(CalendarChoice.JURISDICTION).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * Regulation E for electronic fund transfers: the investigation and report clocks, for complaints about
     * the given products; the new-account and point-of-sale variants come as their own policies.
     *
     * @param productCodes the host's EFT product codes
     * @return the policy
     */
    public static SlaPolicy regEPolicy(String... productCodes) {
        return new SlaPolicy("us.reg-e", "12 CFR 1005.11(c)", PolicyCondition.always().withProducts(productCodes),
                List.of(regEInvestigation(), regEReport()));
    }

    /**
     * The CFPB portal's clock, for complaints the portal forwarded (the host registers them with
     * {@code ForwardingSource.REGULATOR}).
     *
     * @return the policy
     */
    public static SlaPolicy cfpbPortalPolicy() {
        return new SlaPolicy("us.cfpb-portal", "CFPB complaint portal response times [secondary]",
                PolicyCondition.always().withForwardedBy(ForwardingSource.REGULATOR),
                List.of(cfpbResponse()));
    }
}
