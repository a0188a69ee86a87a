package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Replaces the complaint's class in one scheme, with a reason (DOMAIN.md §3: every class says who or what
 * put it there). The scheme must be one the complaint was classified by and the code a class of it;
 * otherwise the command is refused with {@code CMP-1107}. Clocks whose policy depends on the class are
 * recomputed in the same append.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code OverrideClass.builder(...)}, which names every part.
 *
 * @param complaintId the complaint
 * @param actor who overrides
 * @param idempotencyKey the caller's key for this intended change
 * @param scheme the scheme, such as {@code seed.matter}
 * @param code the new class's code
 * @param reason why
 */
public record OverrideClass(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String scheme,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String code,
        @NotNull Sensitive reason) implements HandlingCommand {

    /**
     * Starts an override; name the scheme, the new class's code and the reason.
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
     * Builds an {@link OverrideClass} step by step, each part named. Not thread-safe.
     */
    public static final class Builder {
        private final ComplaintId complaintId;
        private final Actor actor;
        private final IdempotencyKey idempotencyKey;
        private String scheme;
        private String code;
        private Sensitive reason;

        private Builder(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
            this.complaintId = complaintId;
            this.actor = actor;
            this.idempotencyKey = idempotencyKey;
        }

        /**
         * Sets the classification scheme.
         *
         * @param value the scheme, such as {@code seed.matter}
         * @return this builder
         */
        public Builder scheme(String value) {
            this.scheme = value;
            return this;
        }

        /**
         * Sets the new class's code in that scheme.
         *
         * @param value the new class's code
         * @return this builder
         */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /**
         * Sets why the class is overridden.
         *
         * @param value why the class is overridden
         * @return this builder
         */
        public Builder reason(Sensitive value) {
            this.reason = value;
            return this;
        }

        /**
         * Builds the command. The engine still validates its values when it executes it.
         *
         * @return the command
         * @throws org.complaintkit.api.error.InvalidInputException coded REQUIRED, listing every part not given
         */
        public OverrideClass build() {
            new Required().value(complaintId, "complaintId").value(actor, "actor")
                    .value(idempotencyKey, "idempotencyKey")
                    .value(scheme, "scheme")
                    .value(code, "code")
                    .value(reason, "reason")
                    .check();
            return new OverrideClass(complaintId, actor, idempotencyKey, scheme, code, reason);
        }
    }

    @Override
    public CommandType type() {
        return CommandType.OVERRIDE_CLASS;
    }
}
