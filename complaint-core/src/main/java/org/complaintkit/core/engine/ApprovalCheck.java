package org.complaintkit.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.approval.ApprovalAuthority;
import org.complaintkit.core.approval.ApprovalFacts;
import org.complaintkit.core.approval.ApprovalMatrix;
import org.complaintkit.core.approval.ApprovalRow;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.escalation.EscalationLadder;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * Checks an approval against the engine's {@link ApprovalMatrix}: the row that covers the resolution names the
 * authority (role and unit level) it needs, and the approver must hold that role in the organisation directory, in
 * a unit of that level on the line of the unit handling the complaint. Without a matrix it lets every approval
 * through (the lifecycle's four-eyes and recusal guards and the authority limits still apply).
 *
 * <p>Immutable and thread-safe.
 */
final class ApprovalCheck {
    /** No matrix: approvals are not restricted beyond the guards and the authority limits. */
    static final ApprovalCheck NONE = new ApprovalCheck(null, null);

    private final ApprovalMatrix matrix;
    private final OrganisationDirectory directory;

    private ApprovalCheck(ApprovalMatrix matrix, OrganisationDirectory directory) {
        this.matrix = matrix;
        this.directory = directory;
    }

    /** The check of a matrix, read against a directory (an engine refuses a matrix without one at build). */
    static ApprovalCheck of(ApprovalMatrix matrix, OrganisationDirectory directory) {
        return matrix == null ? NONE : new ApprovalCheck(matrix, directory);
    }

    /** Refuses the approval of the complaint's resolution unless the approver has the authority the matrix asks. */
    void check(ComplaintState before, List<ComplaintEvent> history, StaffId approver) {
        Resolution resolution = before.resolution();
        if (matrix == null || resolution == null) {
            return;
        }
        UnitId handling = EscalationLadder.currentUnit(before, history);
        UnitLevel level = directory.unit(handling).map(OrgUnit::level).orElseThrow(() -> CommandRefusedException.of(
                ErrorCode.NO_APPROVAL_ROW, "complaintId", "the directory does not know the unit " + handling
                        + " handling the complaint, so the approval matrix cannot place it"));
        Optional<ClassificationResult> classified = Classifications.current(history);
        Set<String> classes = new HashSet<>();
        Set<ComplaintFlag> flags = new HashSet<>();
        classified.ifPresent(c -> {
            c.classes().forEach(a -> classes.add(a.code()));
            c.flags().forEach(f -> flags.add(f.flag()));
        });
        ApprovalFacts facts = new ApprovalFacts(resolution.outcome(), resolution.compensation(), classes, flags, level);
        ApprovalRow row = matrix.rowFor(facts).orElseThrow(() -> CommandRefusedException.of(ErrorCode.NO_APPROVAL_ROW,
                "complaintId", "no row of the approval matrix covers a resolution " + resolution.outcome()
                        + " of a complaint handled at a " + level + " unit, so nobody may approve it"));
        List<String> lacks = lacks(row.authority(), approver, handling);
        if (!lacks.isEmpty()) {
            throw CommandRefusedException.of(ErrorCode.APPROVAL_AUTHORITY_MISSING, "actor",
                    "approval needs " + row.authority() + " (approval matrix " + row.source() + "); the approver "
                            + String.join(", ", lacks));
        }
    }

    /** What the approver lacks of the authority, as the directory says, or nothing. */
    private List<String> lacks(ApprovalAuthority authority, StaffId approver, UnitId handling) {
        List<String> lacks = new ArrayList<>();
        StaffMember member = directory.staff(approver).orElse(null);
        if (member == null) {
            lacks.add("is not in the organisation directory");
            return lacks;
        }
        if (!member.roles().contains(authority.role())) {
            lacks.add("does not hold role " + authority.role());
        }
        Optional<OrgUnit> unit = directory.unit(member.unit());
        if (unit.isEmpty() || unit.get().level() != authority.level()) {
            lacks.add("is not in a " + authority.level() + " unit");
        } else if (!onLine(member.unit(), handling)) {
            lacks.add("is in a unit that is not the handling unit " + handling + " or above it");
        }
        return lacks;
    }

    /** Whether a unit is the handling unit or one of the units above it. */
    private boolean onLine(UnitId unit, UnitId handling) {
        Set<UnitId> seen = new HashSet<>();
        Optional<OrgUnit> current = directory.unit(handling);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().id().equals(unit)) {
                return true;
            }
            current = directory.parentOf(current.get().id());
        }
        return false;
    }

    /** Whether a matrix is configured. */
    boolean restricts() {
        return matrix != null;
    }
}
