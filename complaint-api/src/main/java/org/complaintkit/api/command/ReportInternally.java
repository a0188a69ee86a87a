package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.UnitId;

/**
 * Records that the handling result was reported to a unit's complaint team (seed 002 第二篇 五
 * "8小时之内将处理结果报本级行投诉处理工作组"). It marks the milestone {@code INTERNAL_REPORT}, which
 * {@code BankProcedures.report()} stops at, and moves no status. Allowed from acceptance while the complaint is
 * open, and after it is closed.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ReportInternally.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who reported
 * @param idempotencyKey the caller's key for this intended change
 * @param to the unit whose complaint team was told
 * @param summary what was reported
 */
public record ReportInternally(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull UnitId to,
        @NotNull Sensitive summary) implements HandlingCommand {

    /**
     * Records an internal report.
     *
     * @param complaintId the complaint
     * @param actor who reported
     * @param idempotencyKey the caller's key for this intended change
     * @param to the unit reported to
     * @param summary what was reported
     * @return the command
     */
    public static ReportInternally of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, UnitId to,
                                      Sensitive summary) {
        return new ReportInternally(complaintId, actor, idempotencyKey, to, summary);
    }

    @Override
    public CommandType type() {
        return CommandType.REPORT_INTERNALLY;
    }
}
