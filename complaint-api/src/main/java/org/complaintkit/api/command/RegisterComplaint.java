package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.UnitId;

/**
 * Registers a complaint received through any channel (接收 / 登记). The acting staff member
 * becomes the complaint's first-contact owner (首问负责), who follows it to the end.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 * {@code receivedAt} may lie before the engine's clock (a letter registered the next morning)
 * but not after it.
 *
 * @param actor who registers the complaint; becomes the first-contact owner
 * @param idempotencyKey the caller's key for this registration
 * @param complainant who complains
 * @param channel how the complaint arrived
 * @param receivedAt when the bank received it
 * @param receivingUnit where it was received
 * @param subjects what it is about, 1 to 20 subjects
 * @param content what the customer says
 * @param request what the customer asks for (诉求)
 * @param forwardedFrom the forwarding body, or null if the customer came directly
 * @param jurisdiction whose rules govern the complaint, as an ISO 3166-1 code such as {@code GB} (or
 *     {@code EU}), optionally with a subdivision such as {@code CN-HK}; null for the bank's home rules. It
 *     chooses SLA policies and jurisdiction calendars.
 * @param confidential whether the complainant asked to keep the content confidential (保密)
 */
public record RegisterComplaint(
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Valid Complainant complainant,
        @NotNull Channel channel,
        @NotNull Instant receivedAt,
        @NotNull UnitId receivingUnit,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ComplaintSubject> subjects,
        @NotNull Sensitive content,
        @NotNull Sensitive request,
        @Valid Forwarding forwardedFrom,
        @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?") String jurisdiction,
        boolean confidential) implements ComplaintCommand {

    /**
     * Copies the subjects, keeping any null element for validation to report.
     *
     * @param actor who registers the complaint; becomes the first-contact owner
     * @param idempotencyKey the caller's key for this registration
     * @param complainant who complains
     * @param channel how the complaint arrived
     * @param receivedAt when the bank received it
     * @param receivingUnit where it was received
     * @param subjects what it is about, 1 to 20 subjects
     * @param content what the customer says
     * @param request what the customer asks for (诉求)
     * @param forwardedFrom the forwarding body, or null if the customer came directly
     * @param jurisdiction whose rules govern the complaint, such as {@code GB}; null for the bank's home rules
     * @param confidential whether the complainant asked to keep the content confidential
     */
    public RegisterComplaint {
        subjects = subjects == null ? null : Collections.unmodifiableList(new ArrayList<>(subjects));
    }

    /**
     * A registration under the bank's home rules (no jurisdiction named).
     *
     * @param actor who registers the complaint; becomes the first-contact owner
     * @param idempotencyKey the caller's key for this registration
     * @param complainant who complains
     * @param channel how the complaint arrived
     * @param receivedAt when the bank received it
     * @param receivingUnit where it was received
     * @param subjects what it is about, 1 to 20 subjects
     * @param content what the customer says
     * @param request what the customer asks for (诉求)
     * @param forwardedFrom the forwarding body, or null if the customer came directly
     */
    public RegisterComplaint(Actor actor, IdempotencyKey idempotencyKey, Complainant complainant, Channel channel,
                             Instant receivedAt, UnitId receivingUnit, List<ComplaintSubject> subjects,
                             Sensitive content, Sensitive request, Forwarding forwardedFrom) {
        this(actor, idempotencyKey, complainant, channel, receivedAt, receivingUnit, subjects, content, request,
                forwardedFrom, null, false);
    }

    /**
     * A registration under a jurisdiction, not confidential.
     *
     * @param actor who registers the complaint; becomes the first-contact owner
     * @param idempotencyKey the caller's key for this registration
     * @param complainant who complains
     * @param channel how the complaint arrived
     * @param receivedAt when the bank received it
     * @param receivingUnit where it was received
     * @param subjects what it is about, 1 to 20 subjects
     * @param content what the customer says
     * @param request what the customer asks for (诉求)
     * @param forwardedFrom the forwarding body, or null if the customer came directly
     * @param jurisdiction whose rules govern the complaint, such as {@code GB}; null for the bank's home rules
     */
    public RegisterComplaint(Actor actor, IdempotencyKey idempotencyKey, Complainant complainant, Channel channel,
                             Instant receivedAt, UnitId receivingUnit, List<ComplaintSubject> subjects,
                             Sensitive content, Sensitive request, Forwarding forwardedFrom, String jurisdiction) {
        this(actor, idempotencyKey, complainant, channel, receivedAt, receivingUnit, subjects, content, request,
                forwardedFrom, jurisdiction, false);
    }

    @Override
    public CommandType type() {
        return CommandType.REGISTER;
    }
}
