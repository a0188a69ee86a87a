package org.complaintkit.api.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
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
 * @param headcount how many people the complaint is made by, for a joint complaint (CBIRC Art. 12: a joint
 *     complaint names up to five representatives; Art. 29 counts people): from 1 to {@link #MAX_HEADCOUNT}, or
 *     null for one person; stored only when set, so a registration stored before it existed reads the same
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
        boolean confidential,
        Integer headcount) {

    /** The most people one registration may count: a sane bound on a joint complaint, not a regulatory figure. */
    public static final int MAX_HEADCOUNT = 1000;

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
     * @param headcount how many people the complaint is made by, 1 to {@link #MAX_HEADCOUNT}, or null for one
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
        if (headcount != null && (headcount < 1 || headcount > MAX_HEADCOUNT)) {
            throw new IllegalArgumentException("a headcount is from 1 to " + MAX_HEADCOUNT);
        }
    }

    /**
     * A registration made by one person (no headcount).
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
    public Registration(Complainant complainant, Channel channel, Instant receivedAt, UnitId receivingUnit,
                        List<ComplaintSubject> subjects, Sensitive content, Sensitive request, Forwarding forwardedFrom,
                        StaffId firstContactOwner, String jurisdiction, boolean confidential) {
        this(complainant, channel, receivedAt, receivingUnit, subjects, content, request, forwardedFrom,
                firstContactOwner, jurisdiction, confidential, null);
    }

    /**
     * Returns how many people the complaint counts for: its headcount, or 1 without one.
     *
     * @return the people, at least 1
     */
    public int people() {
        return headcount == null ? 1 : headcount;
    }

    /**
     * Starts a register entry for a store sample or an import from another system; the engine makes its own
     * from each {@code RegisterComplaint}. Every part is named by its own step. Without
     * {@link Builder#forwardedFrom forwardedFrom} the customer came directly, without
     * {@link Builder#jurisdiction jurisdiction} the bank's home rules apply, and without
     * {@link Builder#confidential() confidential} the content is not confidential.
     *
     * @param firstContactOwner the staff member who received it and owns its follow-up (首问负责)
     * @return a builder
     */
    public static Builder builder(StaffId firstContactOwner) {
        return new Builder(firstContactOwner);
    }

    /**
     * Builds a {@link Registration} step by step, each part named. {@link #build()} reports every part still
     * missing at once. Not thread-safe.
     */
    public static final class Builder {
        private final StaffId firstContactOwner;
        private Complainant complainant;
        private Channel channel;
        private Instant receivedAt;
        private UnitId receivingUnit;
        private final List<ComplaintSubject> subjects = new ArrayList<>();
        private Sensitive content;
        private Sensitive request;
        private Forwarding forwardedFrom;
        private String jurisdiction;
        private boolean confidential;

        private Builder(StaffId firstContactOwner) {
            this.firstContactOwner = firstContactOwner;
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
         * Sets when the bank received the complaint.
         *
         * @param value the time of receipt
         * @return this builder
         */
        public Builder receivedAt(Instant value) {
            this.receivedAt = value;
            return this;
        }

        /**
         * Sets the unit where the complaint was received.
         *
         * @param value the receiving unit
         * @return this builder
         */
        public Builder receivingUnit(UnitId value) {
            this.receivingUnit = value;
            return this;
        }

        /**
         * Adds one thing the complaint is about.
         *
         * @param value the subject
         * @return this builder
         */
        public Builder subject(ComplaintSubject value) {
            this.subjects.add(value);
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
         * @param code an ISO 3166-1 code such as {@code GB}
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
         * Builds the register entry.
         *
         * @return the entry
         * @throws InvalidInputException coded REQUIRED for each part not given, OUT_OF_RANGE for
         *     {@code subjects} when no subject was added
         */
        public Registration build() {
            List<Violation> missing = new ArrayList<>();
            required(missing, firstContactOwner, "firstContactOwner");
            required(missing, complainant, "complainant");
            required(missing, channel, "channel");
            required(missing, receivedAt, "receivedAt");
            required(missing, receivingUnit, "receivingUnit");
            if (subjects.isEmpty()) {
                missing.add(new Violation(ErrorCode.OUT_OF_RANGE, "subjects", "needs at least 1"));
            }
            required(missing, content, "content");
            required(missing, request, "request");
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
            return new Registration(complainant, channel, receivedAt, receivingUnit, subjects, content, request,
                    forwardedFrom, firstContactOwner, jurisdiction, confidential);
        }

        private static void required(List<Violation> missing, Object value, String path) {
            if (value == null) {
                missing.add(Violation.of(ErrorCode.REQUIRED, path));
            }
        }
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
