package org.complaintkit.core.escalation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;

/**
 * The escalation ladder: where a complaint stands in the organisation (the unit it was last escalated to,
 * else its handling unit, else its receiving unit) and the unit one level up. Each escalation climbs one
 * level, so repeated breaches climb level by level up to the head office.
 */
public final class EscalationLadder {

    private EscalationLadder() {
    }

    /**
     * Returns the unit a complaint stands at on the ladder.
     *
     * @param state the complaint's state
     * @param history its events
     * @return the unit
     */
    public static UnitId currentUnit(ComplaintState state, List<ComplaintEvent> history) {
        UnitId unit = null;
        for (ComplaintEvent event : history) {
            if (event instanceof ComplaintEscalated e) {
                unit = e.toUnit();
            }
        }
        if (unit != null) {
            return unit;
        }
        return state.assignment() != null ? state.assignment().firstResponsible().unit()
                : state.registration().receivingUnit();
    }

    /**
     * Returns the unit one level above.
     *
     * @param directory the organisation
     * @param from the unit
     * @return its parent, or empty at the head office or for a unit the directory does not know
     */
    public static Optional<OrgUnit> next(OrganisationDirectory directory, UnitId from) {
        return directory.parentOf(from);
    }

    /**
     * Returns the triggers a new complaint carries from its registration and classification.
     *
     * @param state the complaint's state
     * @param classification its classification with the engine's links, or null
     * @return the triggers
     */
    public static Set<EscalationTrigger> triggersAtRegistration(ComplaintState state, ClassificationResult classification) {
        Set<EscalationTrigger> out = EnumSet.noneOf(EscalationTrigger.class);
        var forwarded = state.registration().forwardedFrom();
        if (forwarded != null && forwarded.source() != ForwardingSource.SUPERIOR_UNIT) {
            out.add(EscalationTrigger.EXTERNAL_CHANNEL);
        }
        if (classification != null) {
            Set<ComplaintFlag> flags = classification.flagSet();
            if (flags.contains(ComplaintFlag.REPEAT)) {
                out.add(EscalationTrigger.REPEAT);
            }
            if (flags.contains(ComplaintFlag.GROUP)) {
                out.add(EscalationTrigger.GROUP);
            }
            if (flags.contains(ComplaintFlag.MAJOR)) {
                out.add(EscalationTrigger.MAJOR);
            }
            if (flags.contains(ComplaintFlag.MEDIA_THREAT)) {
                out.add(EscalationTrigger.MEDIA_THREAT);
            }
            if (flags.contains(ComplaintFlag.BYPASSED_LEVEL)) {
                out.add(EscalationTrigger.BYPASSED_LEVEL);
            }
        }
        return out;
    }
}
