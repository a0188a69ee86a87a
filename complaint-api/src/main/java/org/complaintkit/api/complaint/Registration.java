package org.complaintkit.api.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * What was recorded when a complaint was registered (DOMAIN.md §1 step 1): the register entry
 * that starts every clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complainant who complains
 * @param channel how the complaint arrived
 * @param receivedAt when the bank received it
 * @param receivingUnit the unit where it was received
 * @param subjects what it is about; copied, not empty
 * @param content what the customer says
 * @param request what the customer asks for (诉求)
 * @param forwardedFrom the forwarding body, or null if the customer came directly
 * @param firstContactOwner the staff member who received it and owns its follow-up (首问负责)
 * @param jurisdiction whose rules govern it, such as {@code GB}; null for the bank's home rules
 * @param confidential whether the complainant asked to keep the content confidential (保密): it is then
 *     hidden from every role without the right to see it
 */
public record Registration(
        Complainant complainant,
        Channel channel,
        Instant receivedAt,
        UnitId receivingUnit,
        List<ComplaintSubject> subjects,
        Sensitive content,
        Sensitive request,
        Forwarding forwardedFrom,
        StaffId firstContactOwner,
        String jurisdiction,
        boolean confidential) {

    /**
     * Checks the required components and copies the subjects.
     *
     * @param complainant who complains
     * @param channel how the complaint arrived
     * @param receivedAt when the bank received it
     * @param receivingUnit the unit where it was received
     * @param subjects what it is about; copied, not empty
     * @param content what the customer says
     * @param request what the customer asks for (诉求)
     * @param forwardedFrom the forwarding body, or null if the customer came directly
     * @param firstContactOwner the staff member who received it and owns its follow-up (首问负责)
     * @param jurisdiction whose rules govern it, such as {@code GB}; null for the bank's home rules
     * @param confidential whether the complainant asked to keep the content confidential
     */
    public Registration {
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(firstContactOwner, "firstContactOwner");
    }

    /**
     * Tells whether a staff member is among the subjects of the complaint, and so recused from it.
     *
     * @param staff the staff member
     * @return true if the complaint is about this person
     */
    public boolean isAbout(StaffId staff) {
        return subjects.stream().anyMatch(s -> s.staffMember().filter(staff::equals).isPresent());
    }
}
