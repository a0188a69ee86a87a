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
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * Registers a complaint received through any channel (接收 / 登记). The acting staff member, or the staff
 * member the host names ({@link Builder#firstContactOwner}), becomes the complaint's first-contact owner
 * (首问负责), who follows it to the end.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 * {@code receivedAt} may lie before the engine's clock (a letter registered the next morning)
 * but not after it.
 *
 * <p>Write one with {@link #builder(Actor, IdempotencyKey)}, which names every part; the constructors are for
 * stores, codecs and tests that already hold every component.
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
 * @param firstContactOwner the first-contact owner the host names, such as the outlet's head, or null for the
 *     registering staff member
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
        boolean confidential,
        StaffId firstContactOwner,
        Integer headcount) implements ComplaintCommand {

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
     * @param firstContactOwner the named first-contact owner, or null for the registering staff member
     * @param headcount how many people make the complaint (a joint complaint, a joint visit), from 1 to
     *     {@link org.complaintkit.api.complaint.Registration#MAX_HEADCOUNT}, or null for one person; out of range it
     *     is refused coded {@code CMP-1150}
     */
    public RegisterComplaint {
        subjects = subjects == null ? null : Collections.unmodifiableList(new ArrayList<>(subjects));
    }

    /**
     * A registration by one person (no headcount).
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
     * @param firstContactOwner the named first-contact owner, or null for the registering staff member
     */
    public RegisterComplaint(Actor actor, IdempotencyKey idempotencyKey, Complainant complainant, Channel channel,
                             Instant receivedAt, UnitId receivingUnit, List<ComplaintSubject> subjects,
                             Sensitive content, Sensitive request, Forwarding forwardedFrom, String jurisdiction,
                             boolean confidential, StaffId firstContactOwner) {
        this(actor, idempotencyKey, complainant, channel, receivedAt, receivingUnit, subjects, content, request,
                forwardedFrom, jurisdiction, confidential, firstContactOwner, null);
    }

    /**
     * A registration whose first-contact owner is the registering staff member.
     *
     * @param actor who registers the complaint, its first-contact owner
     * @param idempotencyKey the caller's key for this intended change
     * @param complainant who complains
     * @param channel how the complaint arrived
     * @param receivedAt when the bank received it
     * @param receivingUnit the unit that received it
     * @param subjects what the complaint is about
     * @param content what the customer says
     * @param request what the customer asks for
     * @param forwardedFrom the body that forwarded it, or null
     * @param jurisdiction the jurisdiction code, or null
     * @param confidential whether the content is confidential
     */
    public RegisterComplaint(Actor actor, IdempotencyKey idempotencyKey, Complainant complainant, Channel channel,
                             Instant receivedAt, UnitId receivingUnit, List<ComplaintSubject> subjects,
                             Sensitive content, Sensitive request, Forwarding forwardedFrom, String jurisdiction,
                             boolean confidential) {
        this(actor, idempotencyKey, complainant, channel, receivedAt, receivingUnit, subjects, content, request,
                forwardedFrom, jurisdiction, confidential, null);
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

    /**
     * Starts a registration; every other part is named by its own step, so two texts cannot change places
     * unnoticed. Without {@link Builder#forwardedFrom forwardedFrom} the customer came directly, without
     * {@link Builder#jurisdiction jurisdiction} the bank's home rules apply, and without
     * {@link Builder#confidential() confidential} the content is not confidential.
     *
     * <pre>{@code
     * RegisterComplaint command = RegisterComplaint.builder(teller, IdempotencyKey.random())
     *         .complainant(Complainant.of(CustomerRef.of("CIF1"), Sensitive.of("张三"),
     *                 ContactPoint.of(ContactMethod.PHONE, "13800000000")))
     *         .channel(Channel.COUNTER).receivedAt(clock.instant()).receivingUnit(UnitId.of("GD-SZ-FT-001"))
     *         .subject(ComplaintSubject.product("CASH-WITHDRAWAL"))
     *         .content("排队号过期后不予办理").request("要求当日办理")
     *         .build();
     * }</pre>
     *
     * @param actor who registers the complaint; becomes the first-contact owner
     * @param idempotencyKey the caller's key for this registration, unique across the bank
     * @return a builder
     */
    public static Builder builder(Actor actor, IdempotencyKey idempotencyKey) {
        return new Builder(actor, idempotencyKey);
    }

    /**
     * Builds a {@link RegisterComplaint} step by step, each part named. {@link #build()} reports every part
     * still missing at once. Not thread-safe.
     */
    public static final class Builder {
        private final Actor actor;
        private final IdempotencyKey idempotencyKey;
        private Complainant complainant;
        private Channel channel;
        private Instant receivedAt;
        private UnitId receivingUnit;
        private final List<ComplaintSubject> subjects = new ArrayList<>();
        private Sensitive content;
        private Sensitive request;
        /** The text given to {@link #content(String)}, checked at {@link #build()} with every other part. */
        private String contentText;
        /** The text given to {@link #request(String)}, checked at {@link #build()} with every other part. */
        private String requestText;
        private Forwarding forwardedFrom;
        private String jurisdiction;
        private boolean confidential;
        private StaffId firstContactOwner;
        private Integer headcount;

        private Builder(Actor actor, IdempotencyKey idempotencyKey) {
            this.actor = actor;
            this.idempotencyKey = idempotencyKey;
        }

        /**
         * Sets who complains.
         *
         * @param value the complainant
         * @return this builder
         */
        public Builder complainant(Complainant value) {
            this.complainant = value;
            return this;
        }

        /**
         * Sets how the complaint arrived.
         *
         * @param value the channel
         * @return this builder
         */
        public Builder channel(Channel value) {
            this.channel = value;
            return this;
        }

        /**
         * Sets when the bank received the complaint; it may lie before the engine's clock, not after it.
         *
         * @param value the time of receipt
         * @return this builder
         */
        public Builder receivedAt(Instant value) {
            this.receivedAt = value;
            return this;
        }

        /**
         * Sets where the complaint was received.
         *
         * @param value the receiving unit
         * @return this builder
         */
        public Builder receivingUnit(UnitId value) {
            this.receivingUnit = value;
            return this;
        }

        /**
         * Adds one thing the complaint is about; call it once per subject, up to 20.
         *
         * @param value the subject
         * @return this builder
         */
        public Builder subject(ComplaintSubject value) {
            this.subjects.add(value);
            return this;
        }

        /**
         * Adds several things the complaint is about.
         *
         * @param values the subjects
         * @return this builder
         * @throws org.complaintkit.api.error.InvalidInputException coded REQUIRED if the list is missing
         */
        public Builder subjects(List<ComplaintSubject> values) {
            this.subjects.addAll(Checks.required(values, "subjects"));
            return this;
        }

        /**
         * Sets what the customer says.
         *
         * @param text the customer's account, personal data; checked at {@link #build()}, with every other part
         * @return this builder
         */
        public Builder content(String text) {
            this.contentText = text;
            this.content = null;
            return this;
        }

        /**
         * Sets what the customer says.
         *
         * @param value the customer's account
         * @return this builder
         */
        public Builder content(Sensitive value) {
            this.content = value;
            this.contentText = null;
            return this;
        }

        /**
         * Sets what the customer asks for (诉求).
         *
         * @param text the request, personal data; checked at {@link #build()}, with every other part
         * @return this builder
         */
        public Builder request(String text) {
            this.requestText = text;
            this.request = null;
            return this;
        }

        /**
         * Sets what the customer asks for (诉求).
         *
         * @param value the request
         * @return this builder
         */
        public Builder request(Sensitive value) {
            this.request = value;
            this.requestText = null;
            return this;
        }

        /**
         * Sets the body that forwarded the complaint; without it the customer came directly.
         *
         * @param value the forwarding body and its reference
         * @return this builder
         */
        public Builder forwardedFrom(Forwarding value) {
            this.forwardedFrom = value;
            return this;
        }

        /**
         * Sets whose rules govern the complaint; without it the bank's home rules apply.
         *
         * @param code an ISO 3166-1 code such as {@code GB}, optionally with a subdivision such as {@code CN-HK}
         * @return this builder
         */
        public Builder jurisdiction(String code) {
            this.jurisdiction = code;
            return this;
        }

        /**
         * Marks the content confidential (保密), as the complainant asked.
         *
         * @return this builder
         */
        public Builder confidential() {
            this.confidential = true;
            return this;
        }

        /**
         * Names the complaint's first-contact owner (首问负责人), such as the outlet's head, instead of the
         * registering staff member; with an organisation directory, an active staff member it knows, and never a
         * person the complaint is about.
         *
         * @param owner the first-contact owner
         * @return this builder
         */
        public Builder firstContactOwner(StaffId owner) {
            this.firstContactOwner = owner;
            return this;
        }

        /**
         * Sets how many people make the complaint, for a joint complaint or a joint visit: they count for the
         * group thresholds (three people, twenty in person). Without it the complaint counts one person.
         *
         * @param people from 1 to {@link org.complaintkit.api.complaint.Registration#MAX_HEADCOUNT}; checked when
         *     the engine executes the command
         * @return this builder
         */
        public Builder headcount(int people) {
            this.headcount = people;
            return this;
        }

        /**
         * Builds the command. The engine still validates its values when it executes it.
         *
         * @return the command
         * @throws org.complaintkit.api.error.InvalidInputException listing every part not given or not readable,
         *     each under its own name: coded REQUIRED, OUT_OF_RANGE for {@code subjects} when no subject was added,
         *     BLANK (or the text's other faults) for a {@code content} or {@code request} given as blank text
         */
        public RegisterComplaint build() {
            Required required = new Required().value(actor, "actor").value(idempotencyKey, "idempotencyKey")
                    .value(complainant, "complainant").value(channel, "channel").value(receivedAt, "receivedAt")
                    .value(receivingUnit, "receivingUnit").atLeast(subjects, 1, "subjects");
            Sensitive theContent = required.text(content, contentText, "content");
            Sensitive theRequest = required.text(request, requestText, "request");
            required.check();
            return new RegisterComplaint(actor, idempotencyKey, complainant, channel, receivedAt, receivingUnit,
                    subjects, theContent, theRequest, forwardedFrom, jurisdiction, confidential, firstContactOwner,
                    headcount);
        }
    }

    @Override
    public CommandType type() {
        return CommandType.REGISTER;
    }
}
