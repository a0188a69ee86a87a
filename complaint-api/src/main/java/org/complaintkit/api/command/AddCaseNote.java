package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Adds a note to the complaint's work log: an interview, a document check, a site visit, an internal
 * consultation or anything else done on it (seed 000 五.2 "询问当事人、查阅相关资料、现场勘查"; seed 002 第二篇 六.5
 * "做好工作日志"). Allowed from registration on and after closure or a refusal, since the log is kept to the end;
 * not on a complaint merged into another or withdrawn.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code AddCaseNote.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who writes the note
 * @param idempotencyKey the caller's key for this intended change
 * @param kind what the note records
 * @param text the note; the complained-about staff member never reads it, a masked reader sees it withheld
 */
public record AddCaseNote(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull NoteKind kind,
        @NotNull Sensitive text) implements HandlingCommand {

    /**
     * Adds a note.
     *
     * @param complaintId the complaint
     * @param actor who writes the note
     * @param idempotencyKey the caller's key for this intended change
     * @param kind what the note records
     * @param text the note
     * @return the command
     */
    public static AddCaseNote of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, NoteKind kind,
                                 Sensitive text) {
        return new AddCaseNote(complaintId, actor, idempotencyKey, kind, text);
    }

    @Override
    public CommandType type() {
        return CommandType.ADD_CASE_NOTE;
    }
}
