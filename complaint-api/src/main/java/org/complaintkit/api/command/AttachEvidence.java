package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.spi.evidence.EvidenceReceipt;

/**
 * Attaches a document kept in the host's evidence store to the complaint, by reference: a transcript, a
 * recording, a voucher (seed 004 4.2 "对于重要问题，应及时进行笔录或录音录像"). Store the bytes first with
 * {@code EvidenceStore.put(...)}, then attach its receipt. The engine opens the document at attach time and
 * refuses the command unless it exists ({@code CMP-2120}) with the size and SHA-256 claimed ({@code CMP-2121}),
 * or if the engine has no evidence store ({@code CMP-2122}). Allowed where case notes are.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code AttachEvidence.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who attaches it
 * @param idempotencyKey the caller's key for this intended change
 * @param name the document's name, for people (may hold personal data)
 * @param mediaType its media type, such as {@code application/pdf}
 * @param storageKey the key the evidence store opens it by
 * @param size its size in bytes
 * @param sha256 its SHA-256, 64 lower-case hex digits
 * @param purpose why it is attached: what it shows
 */
public record AttachEvidence(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive name,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}") String mediaType,
        @NotBlank @Size(max = 512) String storageKey,
        @PositiveOrZero long size,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256,
        @NotNull Sensitive purpose) implements HandlingCommand {

    /**
     * Attaches a stored document by its receipt.
     *
     * @param complaintId the complaint
     * @param actor who attaches it
     * @param idempotencyKey the caller's key for this intended change
     * @param name the document's name
     * @param mediaType its media type, such as {@code application/pdf}
     * @param receipt what the evidence store gave back when it stored the document
     * @param purpose why it is attached
     * @return the command
     */
    public static AttachEvidence of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                    Sensitive name, String mediaType, EvidenceReceipt receipt, Sensitive purpose) {
        return new AttachEvidence(complaintId, actor, idempotencyKey, name, mediaType, receipt.storageKey(),
                receipt.size(), receipt.sha256(), purpose);
    }

    @Override
    public CommandType type() {
        return CommandType.ATTACH_EVIDENCE;
    }
}
