package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The open accountability cases were decided, by the actor as approver, with the sanctions imposed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the approver)
 * @param outcome the outcome
 * @param sanctions the sanctions; empty with no sanction
 * @param cases the sequence numbers of the {@link AccountabilityCaseOpened} events decided, in order
 * @param reasoning why
 */
public record AccountabilityDecided(EventHeader header, AccountabilityOutcome outcome, List<Sanction> sanctions,
                                    List<Long> cases, Sensitive reasoning) implements ComplaintEvent {

    /**
     * Checks and copies the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param outcome the outcome
     * @param sanctions the sanctions
     * @param cases the cases decided
     * @param reasoning why
     */
    public AccountabilityDecided {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(outcome, "outcome");
        sanctions = List.copyOf(sanctions);
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("a decision decides at least one case");
        }
        Objects.requireNonNull(reasoning, "reasoning");
    }
}
