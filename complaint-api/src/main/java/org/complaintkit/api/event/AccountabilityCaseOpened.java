package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.AccountabilityTrigger;

/**
 * The engine opened an accountability case (问责) on its own, because the complaint showed triggers no earlier case
 * lists (seed 002 第二篇 三.3): each trigger opens a case at most once per complaint. The actor is the system actor
 * {@code accountability-policy}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param triggers the triggers that opened it, none listed by an earlier case, in the enum's order
 * @param reason what showed them, such as {@code forwarded by REGULATOR}; identifiers only
 */
public record AccountabilityCaseOpened(EventHeader header, List<AccountabilityTrigger> triggers, String reason)
        implements ComplaintEvent {

    /**
     * Checks and copies the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param triggers the triggers
     * @param reason what showed them
     */
    public AccountabilityCaseOpened {
        Objects.requireNonNull(header, "header");
        triggers = List.copyOf(triggers);
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("a case is opened by at least one trigger");
        }
        Objects.requireNonNull(reason, "reason");
    }
}
