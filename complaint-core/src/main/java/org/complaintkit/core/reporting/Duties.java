package org.complaintkit.core.reporting;

import java.util.function.Predicate;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.core.sla.SlaSetup;

/** Tells duty clocks from windows, by the SLA setup the engine runs. */
final class Duties {
    private Duties() {
    }

    /** Every clock a duty except those the setup declares windows; unknown clocks count as duties. */
    static Predicate<String> of(SlaSetup sla) {
        return clockId -> sla.policyOf(clockId).map(policy -> policy.clock(clockId).purpose() != ClockPurpose.WINDOW)
                .orElse(true);
    }
}
