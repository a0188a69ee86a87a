package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Extends one of the complaint's clocks to a tier of its definition (CBIRC Art. 18: "complex cases may
 * be extended to 30 days; particularly complex ones a further 30 days, with the approval of the superior
 * institution, and the complainant is told"; PSD2 Art. 101: a holding reply, then 35 business days).
 *
 * <p>The extension is governed by the clock's definition: only a later tier than the one in force, never
 * past the last; only while the clock runs or is paused and is not yet due; by a staff member holding the
 * tier's approving role; and with a way to tell the customer when the tier requires a notice. The
 * {@code ClockChanged} event that follows records the new deadline, which the customer notice states.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ExtendDeadline.builder(...)}, which names every part.
 *
 * @param complaintId the complaint
 * @param actor who extends it; must hold the tier's approving role, if it names one
 * @param idempotencyKey the caller's key for this intended change
 * @param clockId the clock to extend; a later round of a clock by its own id, such as {@code cbirc.decision#2}
 * @param tier the extension tier to move to
 * @param reason why more time is needed; stated in the customer notice
 * @param noticeBy how the customer is told, or null when the tier needs no notice
 */
public record ExtendDeadline(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*(#[1-9][0-9]{0,3})?") String clockId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String tier,
        @NotNull Sensitive reason,
        ContactMethod noticeBy) implements HandlingCommand {

    /**
     * Starts an extension; name the clock, the tier, the reason and, when the tier needs it, how the customer is told.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return a builder
     */
    public static Builder builder(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new Builder(complaintId, actor, idempotencyKey);
    }

    /**
     * Builds an {@link ExtendDeadline} step by step, each part named. Not thread-safe.
     */
    public static final class Builder {
        private final ComplaintId complaintId;
        private final Actor actor;
        private final IdempotencyKey idempotencyKey;
        private String clockId;
        private String tier;
        private Sensitive reason;
        private ContactMethod noticeBy;

        private Builder(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
            this.complaintId = complaintId;
            this.actor = actor;
            this.idempotencyKey = idempotencyKey;
        }

        /**
         * Sets the clock to extend.
         *
         * @param value the clock's identifier, such as {@code cbirc.decision}
         * @return this builder
         */
        public Builder clock(String value) {
            this.clockId = value;
            return this;
        }

        /**
         * Sets the extension tier to move to.
         *
         * @param value the tier's identifier, such as {@code complex}
         * @return this builder
         */
        public Builder tier(String value) {
            this.tier = value;
            return this;
        }

        /**
         * Sets why more time is needed.
         *
         * @param value why more time is needed; stated in the customer notice
         * @return this builder
         */
        public Builder reason(Sensitive value) {
            this.reason = value;
            return this;
        }

        /**
         * Sets how the customer is told; needed when the tier requires a notice.
         *
         * @param value how the customer is told
         * @return this builder
         */
        public Builder noticeBy(ContactMethod value) {
            this.noticeBy = value;
            return this;
        }

        /**
         * Builds the command. The engine still validates its values when it executes it.
         *
         * @return the command
         * @throws org.complaintkit.api.error.InvalidInputException coded REQUIRED, listing every part not given
         */
        public ExtendDeadline build() {
            new Required().value(complaintId, "complaintId").value(actor, "actor")
                    .value(idempotencyKey, "idempotencyKey")
                    .value(clockId, "clockId")
                    .value(tier, "tier")
                    .value(reason, "reason")
                    .check();
            return new ExtendDeadline(complaintId, actor, idempotencyKey, clockId, tier, reason, noticeBy);
        }
    }

    @Override
    public CommandType type() {
        return CommandType.EXTEND_DEADLINE;
    }
}
