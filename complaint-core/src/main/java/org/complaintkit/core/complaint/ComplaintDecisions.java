package org.complaintkit.core.complaint;

import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.EventHeader;

/**
 * What a registration records. What each command on an existing complaint records is a row of the engine's
 * handling table, beside the lifecycle's transition table.
 */
public final class ComplaintDecisions {

    private ComplaintDecisions() {
    }

    /**
     * Records a registration. The first-contact owner is the one the command names, else the registering staff
     * member.
     *
     * @param command the registration
     * @param header the new complaint's id with sequence 1, the time and the actor
     * @return the event
     */
    public static ComplaintRegistered register(RegisterComplaint command, EventHeader header) {
        Registration registration = new Registration(command.complainant(), command.channel(), command.receivedAt(),
                command.receivingUnit(), command.subjects(), command.content(), command.request(),
                command.forwardedFrom(), command.firstContactOwner() != null ? command.firstContactOwner()
                        : command.actor().staffId(), command.jurisdiction(), command.confidential(),
                command.headcount());
        return new ComplaintRegistered(header, registration);
    }
}
