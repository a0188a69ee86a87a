package org.complaintkit.core.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.complaintkit.core.sla.SlaSetup;

/**
 * Tells a duty clock from a window, as {@link SlaSetup#isWindow} does, remembering each clock id's answer: a report
 * asks for every clock of every complaint, of a handful of distinct ids, and the setup answers by searching its
 * policies. Keeps at most {@value #REMEMBERED} ids; past that it asks the setup each time.
 *
 * <p>Not thread-safe: one report's computation uses one.
 */
final class DutyClocks implements Predicate<String> {
    /** Clock ids remembered. */
    static final int REMEMBERED = 1024;

    private final SlaSetup sla;
    private final Map<String, Boolean> duty = new HashMap<>();

    /**
     * Asks a setup.
     *
     * @param sla the SLA setup the engine runs
     */
    DutyClocks(SlaSetup sla) {
        this.sla = Objects.requireNonNull(sla, "sla");
    }

    /**
     * Tells whether a clock is a duty, whose breaches count.
     *
     * @param clockId the clock's id
     * @return true unless a policy declares the clock a window
     */
    @Override
    public boolean test(String clockId) {
        Boolean known = duty.get(clockId);
        if (known != null) {
            return known;
        }
        boolean answer = !sla.isWindow(clockId);
        if (duty.size() < REMEMBERED) {
            duty.put(clockId, answer);
        }
        return answer;
    }
}
