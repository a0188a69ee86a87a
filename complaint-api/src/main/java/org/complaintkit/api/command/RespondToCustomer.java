package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Tells the customer the result, its basis and any follow-up measures (回复).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RespondToCustomer.builder(...)}, which names every part.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param result the result of handling
 * @param basis the laws, regulations or bank rules it rests on
 * @param followUpMeasures follow-up measures with dates, or null
 * @param via how the customer is told
 */
public record RespondToCustomer(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive result,
        @NotNull Sensitive basis,
        Sensitive followUpMeasures,
        @NotNull ContactMethod via) implements HandlingCommand {

    /**
     * Starts a response; name its result, basis, channel and any follow-up measures.
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
     * Builds a {@link RespondToCustomer} step by step, each part named. Not thread-safe.
     */
    public static final class Builder {
        private final ComplaintId complaintId;
        private final Actor actor;
        private final IdempotencyKey idempotencyKey;
        private Sensitive result;
        private Sensitive basis;
        private Sensitive followUpMeasures;
        private ContactMethod via;

        private Builder(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
            this.complaintId = complaintId;
            this.actor = actor;
            this.idempotencyKey = idempotencyKey;
        }

        /**
         * Sets the result of handling.
         *
         * @param value the result of handling
         * @return this builder
         */
        public Builder result(Sensitive value) {
            this.result = value;
            return this;
        }

        /**
         * Sets the basis of the result.
         *
         * @param value the laws, regulations or bank rules the result rests on
         * @return this builder
         */
        public Builder basis(Sensitive value) {
            this.basis = value;
            return this;
        }

        /**
         * Sets follow-up measures; without them the response names none.
         *
         * @param value follow-up measures with dates
         * @return this builder
         */
        public Builder followUp(Sensitive value) {
            this.followUpMeasures = value;
            return this;
        }

        /**
         * Sets how the customer is told.
         *
         * @param value how the customer is told
         * @return this builder
         */
        public Builder via(ContactMethod value) {
            this.via = value;
            return this;
        }

        /**
         * Builds the command. The engine still validates its values when it executes it.
         *
         * @return the command
         * @throws org.complaintkit.api.error.InvalidInputException coded REQUIRED, listing every part not given
         */
        public RespondToCustomer build() {
            new Required().value(complaintId, "complaintId").value(actor, "actor")
                    .value(idempotencyKey, "idempotencyKey")
                    .value(result, "result")
                    .value(basis, "basis")
                    .value(via, "via")
                    .check();
            return new RespondToCustomer(complaintId, actor, idempotencyKey, result, basis, followUpMeasures, via);
        }
    }

    @Override
    public CommandType type() {
        return CommandType.RESPOND;
    }
}
