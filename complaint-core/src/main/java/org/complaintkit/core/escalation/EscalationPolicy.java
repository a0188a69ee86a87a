package org.complaintkit.core.escalation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.escalation.EscalationTrigger;

/**
 * Which triggers escalate a complaint at once, without anyone asking (DOMAIN.md §4: "escalate at once to
 * the next level" for group, repeat, bypassing and media-threat complaints; complaints through external
 * channels and overdue ones are escalated and counted). A manual escalation is always possible.
 *
 * <p>Immutable and thread-safe.
 *
 * @param automatic the triggers the engine acts on by itself: at registration (repeat, group, major, media
 *     threat, bypassed level, external channel) and in sweeps (SLA breach of a clock whose breach actions
 *     include escalation, SLA warning)
 */
public record EscalationPolicy(Set<EscalationTrigger> automatic) {

    /**
     * Copies the triggers.
     *
     * @param automatic the triggers the engine acts on by itself
     */
    public EscalationPolicy {
        automatic = automatic.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(automatic));
    }

    /**
     * The seeds' policy: every trigger they name escalates at once, and each escalating breach climbs again;
     * warnings do not escalate.
     *
     * @return the policy
     */
    public static EscalationPolicy standard() {
        return new EscalationPolicy(EnumSet.of(EscalationTrigger.REPEAT, EscalationTrigger.GROUP,
                EscalationTrigger.MAJOR, EscalationTrigger.MEDIA_THREAT, EscalationTrigger.BYPASSED_LEVEL,
                EscalationTrigger.EXTERNAL_CHANNEL, EscalationTrigger.SLA_BREACH));
    }

    /**
     * Returns the triggers the policy acts on, in order of precedence.
     *
     * @param present the triggers a complaint carries
     * @return those the policy escalates for, most serious first
     */
    public List<EscalationTrigger> acting(Set<EscalationTrigger> present) {
        List<EscalationTrigger> order = List.of(EscalationTrigger.MAJOR, EscalationTrigger.GROUP,
                EscalationTrigger.MEDIA_THREAT, EscalationTrigger.EXTERNAL_CHANNEL, EscalationTrigger.BYPASSED_LEVEL,
                EscalationTrigger.REPEAT, EscalationTrigger.SLA_BREACH, EscalationTrigger.SLA_WARNING,
                EscalationTrigger.CUSTOMER_LEFT_ANGRY, EscalationTrigger.HANDLER_REQUEST);
        return order.stream().filter(t -> present.contains(t) && automatic.contains(t)).toList();
    }
}
