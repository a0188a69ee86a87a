package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Pauses named clocks of one complaint under a regulator's cohort order ({@code CohortPauseOrder}), recorded with
 * the order's reference; allowed in every open status, and refused ({@code CMP-2220}) if the order already pauses
 * the complaint. The engine sends one for each complaint an order covers; a host may send one itself. The named
 * clocks stay paused until {@link ResumeClocksByOrder} with the same reference.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code PauseClocksByOrder.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param orderReference the order's reference, such as {@code FCA PS24/1}
 * @param clockIds the clocks the order pauses, at least one
 * @param reason the order's reason
 */
public record PauseClocksByOrder(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) String orderReference,
        @NotNull @Size(min = 1, max = 32) List<@NotNull @Size(min = 1, max = 64) String> clockIds,
        @NotNull @Size(min = 1, max = 500) String reason) implements HandlingCommand {

    /**
     * Copies the clock list.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param orderReference the order's reference
     * @param clockIds the clocks paused
     * @param reason the order's reason
     */
    public PauseClocksByOrder {
        // A copy that keeps a null element for the engine's validation to report, rather than failing here.
        clockIds = clockIds == null ? null : Collections.unmodifiableList(new ArrayList<>(clockIds));
    }

    /**
     * Pauses clocks under an order.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param orderReference the order's reference
     * @param clockIds the clocks paused
     * @param reason the order's reason
     * @return the command
     */
    public static PauseClocksByOrder of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                        String orderReference, List<String> clockIds, String reason) {
        return new PauseClocksByOrder(complaintId, actor, idempotencyKey, orderReference, clockIds, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.PAUSE_BY_ORDER;
    }
}
