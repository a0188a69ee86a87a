package org.complaintkit.core.sla.preset;

import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.ExtensionTier;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;

/**
 * European Union: the Payment Services Directive (EU) 2015/2366, Art. 101(2), read in the rule's own text
 * (REGULATIONS.md). Business days are those of the calendar registered under the complaint's jurisdiction
 * code (else the engine's default).
 *
 * <p>Immutable and thread-safe.
 */
public final class EuPsd2 {
    /** Reply within 15 business days, 35 with a holding reply (Art. 101(2)). */
    public static final String REPLY = "psd2.reply";

    private EuPsd2() {
    }

    /**
     * Art. 101(2): reply on paper or another durable medium within 15 business days of receipt; in
     * exceptional situations, for reasons beyond the provider's control, a holding reply stating the reasons
     * and the date of the final reply, which must come within 35 business days ({@code beyond-control}).
     *
     * @return the clock
     */
    public static ClockDefinition reply() {
        return ClockDefinition.builder(REPLY).description("reply within 15 business days (PSD2 Art. 101(2))")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(15))
                .extension(new ExtensionTier("beyond-control", new ClockTarget.WorkingDays(35), null, true))
                .calendar(CalendarChoice.JURISDICTION).warnAt(50, 80)
                .onBreach(BreachAction.NOTIFY, BreachAction.MARK).build();
    }

    /**
     * The reply clock, for every complaint.
     *
     * @return the policy
     */
    public static SlaPolicy policy() {
        return SlaPolicy.of("eu.psd2", "PSD2 Art. 101(2)", reply());
    }
}
