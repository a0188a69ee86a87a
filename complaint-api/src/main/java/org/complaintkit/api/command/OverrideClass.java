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

    @Override
    public CommandType type() {
        return CommandType.OVERRIDE_CLASS;
    }
}
