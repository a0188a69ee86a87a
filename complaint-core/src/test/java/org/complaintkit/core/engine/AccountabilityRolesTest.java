package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.accountability.AccountabilityPolicy;
import org.complaintkit.core.casefile.CaseFile;
import org.complaintkit.core.casefile.CaseFileLine;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.lifecycle.ApprovalRule;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Who records a responsibility finding and who decides an accountability case: a role among the accountability
 * policy's (by default handler, complaint-manager or approver records; approver, complaint-manager or
 * superior-approver decides), each refusal named and coded, nothing stored; and the withheld case-file lines.
 */
class AccountabilityRolesTest {

    private static FirstContactBank bank(AccountabilityPolicy policy) {
        return new FirstContactBank(b -> b.clocks(AccountabilityTest.HANDLE).classifier(RuleClassifier.standard())
                .repeats(RepeatPolicy.standard())
                .rules(LifecycleRules.defaults(NoticeBank.SHANGHAI).withApprovalRule(ApprovalRule.never()))
                .accountability(policy));
    }

    /** A complaint whose duty clock ran over, so that a case is open. */
    private static ComplaintId overdue(FirstContactBank bank) {
        ComplaintId id = bank.lodge();
        bank.run(new AcceptComplaint(id, FirstContactBank.MANAGER, Fixtures.key()));
        bank.assign(id);
        bank.clock.advance(Duration.ofDays(3));
        bank.engine.tick();
        return id;
    }

    private static RecordResponsibility findTellerLiable(ComplaintId id, Actor by) {
        return RecordResponsibility.of(id, by, Fixtures.key(), ResponsibilityVerdict.LIABLE,
                List.of(LiableParty.staff(Fixtures.TELLER_ID)), Sensitive.of("柜员未按规定办理。"));
    }

    private static DecideAccountability deductAll(ComplaintId id, Actor by) {
        return DecideAccountability.of(id, by, Fixtures.key(), AccountabilityOutcome.SANCTIONED,
                List.of(Sanction.performanceDeduction(LiableParty.staff(Fixtures.TELLER_ID), new BigDecimal("100"))),
                Sensitive.of("扣罚全部绩效。"));
    }

    /** Runs a command that must be refused; checks that only the refusal's trace was stored. */
    private static CommandRefusedException refused(FirstContactBank bank, ComplaintId id, HandlingCommand command) {
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> bank.run(command));
        List<ComplaintEvent> after = bank.engine.hostReads().history(id);
        assertEquals(before, after.subList(0, before.size()));
        assertTrue(after.subList(before.size(), after.size()).stream()
                .allMatch(x -> x instanceof AccessDenied || x instanceof AccessDenialsRepeated), "nothing stored");
        return e;
    }

    @Test
    void aStaffMemberWithOnlyTheReceiverRoleDoesNotRecordAResponsibilityFinding() {
        FirstContactBank bank = bank(AccountabilityPolicy.seed002());
        ComplaintId id = overdue(bank);
        Actor receiver = Actor.staff(Fixtures.TELLER_ID, Fixtures.OUTLET, Role.RECEIVER);

        CommandRefusedException e = refused(bank, id, RecordResponsibility.of(id, receiver, Fixtures.key(),
                ResponsibilityVerdict.NOT_LIABLE, List.of(), Sensitive.of("无责")));

        assertEquals(ErrorCode.RESPONSIBILITY_RECORDER_ROLE_MISSING, e.code());
        assertEquals("CMP-2184", e.code().code());
        assertTrue(e.getMessage().contains("needs one of the roles approver, complaint-manager, handler"),
                e.getMessage());
    }

    @Test
    void aHandlerRecordsTheFindingButDoesNotDecideTheCase() {
        FirstContactBank bank = bank(AccountabilityPolicy.seed002());
        ComplaintId id = overdue(bank);
        assertInstanceOf(ResponsibilityRecorded.class, bank.run(findTellerLiable(id, Fixtures.HANDLER)).events()
                .get(0));

        CommandRefusedException e = refused(bank, id, deductAll(id, Fixtures.HANDLER));

        assertEquals(ErrorCode.ACCOUNTABILITY_DECIDER_ROLE_MISSING, e.code());
        assertEquals("CMP-2185", e.code().code());
        assertTrue(e.getMessage().contains("approver, complaint-manager, superior-approver"), e.getMessage());
        assertInstanceOf(AccountabilityDecided.class, bank.run(deductAll(id, FirstContactBank.MANAGER)).events()
                .get(0), "a complaint manager decides");
    }

    @Test
    void theRolesThatRecordAndDecideAreTheHostsToChoose() {
        FirstContactBank bank = bank(AccountabilityPolicy.seed002().recordedBy(Role.COMPLAINT_MANAGER)
                .decidedBy(Role.of("superior-approver")));
        ComplaintId id = overdue(bank);

        assertEquals(ErrorCode.RESPONSIBILITY_RECORDER_ROLE_MISSING,
                refused(bank, id, findTellerLiable(id, Fixtures.HANDLER)).code());
        bank.run(findTellerLiable(id, FirstContactBank.MANAGER));
        assertEquals(ErrorCode.ACCOUNTABILITY_DECIDER_ROLE_MISSING,
                refused(bank, id, deductAll(id, Fixtures.APPROVER)).code());
        assertEquals(Set.of(Role.COMPLAINT_MANAGER), AccountabilityPolicy.none().recordedBy(Role.COMPLAINT_MANAGER)
                .recorders());
    }

    @Test
    void aPolicyThatLetsNoRoleRecordOrDecideIsRefusedWhenMade() {
        ConfigurationException recorders = assertThrows(ConfigurationException.class,
                () -> AccountabilityPolicy.seed002().recordedBy());
        ConfigurationException deciders = assertThrows(ConfigurationException.class,
                () -> AccountabilityPolicy.none().decidedBy(new Role[0]));

        assertEquals(ErrorCode.ACCOUNTABILITY_ROLES_EMPTY, recorders.code());
        assertEquals("CMP-4041", deciders.code().code());
    }

    @Test
    void theWithheldLinesHideWhoRecordedTheFindingAndWhen() {
        FirstContactBank bank = bank(AccountabilityPolicy.seed002());
        ComplaintId id = overdue(bank);
        bank.run(findTellerLiable(id, Fixtures.HANDLER));

        CaseFile file = bank.engine.caseFile(id, Fixtures.TELLER);

        List<CaseFileLine> withheld = file.section(CaseFile.EVENTS).orElseThrow().lines().stream()
                .filter(l -> l.cells().contains("Withheld")).toList();
        assertEquals(2, withheld.size(), "the case opened and the finding: " + file.text());
        for (CaseFileLine line : withheld) {
            assertEquals(List.of("withheld", "withheld"), line.cells().subList(1, 3), line.toString());
            assertFalse(line.cells().contains(Fixtures.HANDLER_ID.value()), line.toString());
        }
    }
}
