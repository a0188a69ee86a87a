package org.complaintkit.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.approval.ApprovalAuthority;
import org.complaintkit.core.approval.ApprovalFacts;
import org.complaintkit.core.approval.ApprovalMatrix;
import org.complaintkit.core.approval.ApprovalRow;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.escalation.EscalationLadder;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * Checks an approval against the engine's {@link ApprovalMatrix}: the row that covers the resolution names the
 * steps its approval needs, each an authority (role and unit level), and the approver of the step now due must hold
 * that role in the organisation directory, in a unit of that level on the line of the unit handling the complaint;
 * each step is given by another person; the departments the row names must have concurred before the last step.
 * Without a matrix it lets every approval through in one step (the lifecycle's four-eyes and recusal guards and the
 * authority limits still apply).
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

    /**
     * How many approval steps the resolution awaiting approval needs, as the row covering it says now: 1 without a
     * matrix, and where no row covers it or the directory cannot place it (the approval is then refused by
     * {@link #check}).
     */
    int steps(ComplaintState before, List<ComplaintEvent> history) {
        if (matrix == null || before.resolution() == null) {
            return 1;
        }
        UnitId handling = EscalationLadder.currentUnit(before, history);
        Optional<UnitLevel> level = directory.unit(handling).map(OrgUnit::level);
        return level.flatMap(l -> matrix.rowFor(facts(before, history, l))).map(r -> r.approvals().size()).orElse(1);
    }

    /**
     * Refuses the approval of the complaint's resolution unless the approver has the authority the matrix asks for
     * the step now due: the step after those given since the proposal ({@link ComplaintState#endorsedBy()}), or the
     * row's last if the row in force now has no more steps than were given.
     */
    void check(ComplaintState before, List<ComplaintEvent> history, StaffId approver) {
        if (matrix == null || before.resolution() == null) {
            return;
        }
        UnitId handling = EscalationLadder.currentUnit(before, history);
        ApprovalRow row = row(before, history, handling);
        int steps = row.approvals().size();
        int step = Math.min(before.endorsedBy().size() + 1, steps);
        ApprovalAuthority due = row.approvals().step(step);
        List<String> lacks = lacks(due, approver, handling);
        if (lacks.isEmpty()) {
            return;
        }
        if (steps == 1) {
            throw CommandRefusedException.of(ErrorCode.APPROVAL_AUTHORITY_MISSING, "actor",
                    "approval needs " + due + " (approval matrix " + row.source() + "); the approver "
                            + String.join(", ", lacks));
        }
        throw CommandRefusedException.of(ErrorCode.APPROVAL_STEP_AUTHORITY_MISSING, "actor",
                "approval needs " + due + ", step " + step + " of " + steps + " (approval matrix " + row.source()
                        + "); the approver " + String.join(", ", lacks));
    }

    /**
     * Refuses an approver who already approved an earlier step of the resolution since it was proposed: each step
     * is given by another person (four eyes across the steps; the proposer is kept out by the lifecycle's guard).
     */
    static void checkNotRepeated(ComplaintState before, StaffId approver) {
        int given = before.endorsedBy().indexOf(approver);
        if (given >= 0) {
            throw CommandRefusedException.of(ErrorCode.APPROVER_ALREADY_APPROVED, "actor",
                    "the approver already approved step " + (given + 1) + " of this resolution; step "
                            + (before.endorsedBy().size() + 1) + " is approved by someone else");
        }
    }

    /**
     * Refuses the final approval of a resolution whose row asks for line co-approval until a department of each
     * kind named has concurred since the proposal; an earlier step is not held up.
     *
     * @param concurred whether a department of a kind concurred since the resolution was last proposed
     */
    void checkConcurrence(ComplaintState before, List<ComplaintEvent> history, Predicate<DepartmentKind> concurred) {
        if (matrix == null || before.resolution() == null) {
            return;
        }
        ApprovalRow row = row(before, history, EscalationLadder.currentUnit(before, history));
        if (before.endorsedBy().size() + 1 < row.approvals().size()) {
            return;
        }
        List<DepartmentKind> missing = row.approvals().concurrence().stream().sorted()
                .filter(kind -> !concurred.test(kind)).toList();
        if (!missing.isEmpty()) {
            throw CommandRefusedException.of(ErrorCode.LINE_CONCURRENCE_MISSING, "complaintId",
                    "the final approval needs the concurrence of " + missing.stream().map(k -> "a " + k
                            + " department").collect(Collectors.joining(" and ")) + " (ConcurResolution) first "
                            + "(approval matrix " + row.source() + ")");
        }
    }

    /** The row covering the resolution, or a refusal naming why there is none. */
    private ApprovalRow row(ComplaintState before, List<ComplaintEvent> history, UnitId handling) {
        Resolution resolution = before.resolution();
        UnitLevel level = directory.unit(handling).map(OrgUnit::level).orElseThrow(() -> CommandRefusedException.of(
                ErrorCode.NO_APPROVAL_ROW, "complaintId", "the directory does not know the unit " + handling
                        + " handling the complaint, so the approval matrix cannot place it"));
        return matrix.rowFor(facts(before, history, level)).orElseThrow(() -> CommandRefusedException.of(
                ErrorCode.NO_APPROVAL_ROW, "complaintId", "no row of the approval matrix covers a resolution "
                        + resolution.outcome() + " of a complaint handled at a " + level
                        + " unit, so nobody may approve it"));
    }

    /** What the matrix reads of the resolution and its complaint, handled at a unit of this level. */
    private static ApprovalFacts facts(ComplaintState before, List<ComplaintEvent> history, UnitLevel level) {
        Resolution resolution = before.resolution();
        Optional<ClassificationResult> classified = Classifications.current(history);
        Set<String> classes = new HashSet<>();
        Set<ComplaintFlag> flags = new HashSet<>();
        classified.ifPresent(c -> {
            c.classes().stream().filter(ClassAssignment::isDecided).forEach(a -> classes.add(a.code()));
            c.flags().forEach(f -> flags.add(f.flag()));
        });
        return new ApprovalFacts(resolution.outcome(), resolution.compensation(), classes, flags, level);
    }

    /**
     * The record of a step before the last of a several-step approval: the step now due, of how many, and the
     * authority the approver met (the lifecycle takes this path only while the row in force has steps left).
     */
    ResolutionEndorsed endorsement(ComplaintState before, List<ComplaintEvent> history, Sensitive comment,
                                   EventHeader header) {
        ApprovalRow row = row(before, history, EscalationLadder.currentUnit(before, history));
        int step = before.endorsedBy().size() + 1;
        ApprovalAuthority met = row.approvals().step(step);
        return new ResolutionEndorsed(header, step, row.approvals().size(), met.role(), met.level(), comment);
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
