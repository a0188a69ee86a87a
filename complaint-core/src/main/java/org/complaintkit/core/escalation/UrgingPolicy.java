package org.complaintkit.core.escalation;

/**
 * When sweeps urge by themselves (催办 / 督办; DOMAIN.md §4): at the {@code handlerAtWarning}-th warning of
 * a duty clock since it started, the handler is reminded; at the {@code headAtWarning}-th, the handler's
 * head. Manual urging by the complaint-management unit or the first-contact owner is always possible.
 *
 * <p>Immutable and thread-safe.
 *
 * @param handlerAtWarning which warning reminds the handler, from 1
 * @param headAtWarning which warning reminds the head, after the handler's
 */
public record UrgingPolicy(int handlerAtWarning, int headAtWarning) {

    /**
     * Checks the thresholds.
     *
     * @param handlerAtWarning which warning reminds the handler, from 1
     * @param headAtWarning which warning reminds the head, after the handler's
     */
    public UrgingPolicy {
        if (handlerAtWarning < 1 || headAtWarning <= handlerAtWarning) {
            throw new IllegalArgumentException("urge the handler from the first warning, and the head later");
        }
    }

    /**
     * The handler at the first warning (typically 50 %), the head at the second (typically 80 %).
     *
     * @return the policy
     */
    public static UrgingPolicy standard() {
        return new UrgingPolicy(1, 2);
    }
}
