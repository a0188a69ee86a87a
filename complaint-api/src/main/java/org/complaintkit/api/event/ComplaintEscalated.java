package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.organisation.UnitId;

/**
 * The complaint climbed one level of the organisation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (a staff member, or a system actor for an
 *     automatic escalation)
 * @param trigger why
 * @param fromUnit the unit it was at
 * @param toUnit the unit it is escalated to, the parent of {@code fromUnit}
 * @param organisationVersion the version of the organisation the ladder was read from
 * @param reason what triggered it, for people; never personal data
 * @param note the staff member's note, or null
 */
public record ComplaintEscalated(EventHeader header, EscalationTrigger trigger, UnitId fromUnit, UnitId toUnit,
                                 String organisationVersion, String reason, Sensitive note) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param trigger why
     * @param fromUnit the unit it was at
     * @param toUnit the unit it is escalated to
     * @param organisationVersion the organisation's version
     * @param reason what triggered it
     * @param note the staff member's note, or null
     */
    public ComplaintEscalated {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(fromUnit, "fromUnit");
        Objects.requireNonNull(toUnit, "toUnit");
        Objects.requireNonNull(organisationVersion, "organisationVersion");
        Objects.requireNonNull(reason, "reason");
    }
}
