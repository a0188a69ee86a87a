package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records that a remediation action planned on this complaint is done. Refused with {@code CMP-2115} unless
 * the complaint planned an action of that id under that root cause and it is not yet done.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code CompleteRemediation.builder(...)}, which names every part.
 *
 * @param complaintId the complaint on which the action was planned
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param rootCauseId the root cause
 * @param actionId the action
 * @param note what was done
 */
public record CompleteRemediation(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String rootCauseId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String actionId,
        @NotNull Sensitive note) implements HandlingCommand {

    /**
     * Starts the completion of a remediation action; name the root cause, the action and what was done.
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
     * Builds a {@link CompleteRemediation} step by step, each part named. Not thread-safe.
     */
    public static final class Builder {
        private final ComplaintId complaintId;
        private final Actor actor;
        private final IdempotencyKey idempotencyKey;
        private String rootCauseId;
        private String actionId;
        private Sensitive note;

        private Builder(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
            this.complaintId = complaintId;
            this.actor = actor;
            this.idempotencyKey = idempotencyKey;
        }

        /**
         * Sets the root cause the action belongs to.
         *
         * @param value the root cause's identifier
         * @return this builder
         */
        public Builder rootCause(String value) {
            this.rootCauseId = value;
            return this;
        }

        /**
         * Sets the action completed.
         *
         * @param value the action's identifier
         * @return this builder
         */
        public Builder action(String value) {
            this.actionId = value;
            return this;
        }

        /**
         * Sets what was done.
         *
         * @param value what was done
         * @return this builder
         */
        public Builder note(Sensitive value) {
            this.note = value;
            return this;
        }

        /**
         * Builds the command. The engine still validates its values when it executes it.
         *
         * @return the command
         * @throws org.complaintkit.api.error.InvalidInputException coded REQUIRED, listing every part not given
         */
        public CompleteRemediation build() {
            new Required().value(complaintId, "complaintId").value(actor, "actor")
                    .value(idempotencyKey, "idempotencyKey")
                    .value(rootCauseId, "rootCauseId")
                    .value(actionId, "actionId")
                    .value(note, "note")
                    .check();
            return new CompleteRemediation(complaintId, actor, idempotencyKey, rootCauseId, actionId, note);
        }
    }

    @Override
    public CommandType type() {
        return CommandType.COMPLETE_REMEDIATION;
    }
}
