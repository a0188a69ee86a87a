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
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.SanctionKind;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.accountability.AccountabilityFile;
import org.complaintkit.core.accountability.AccountabilityPolicy;
import org.complaintkit.core.casefile.CaseFile;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.lifecycle.ApprovalRule;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Accountability (issue 23 item 4; seed 002 第九条(三), 第二篇 三.3, 第四篇): the responsibility finding, the case the
 * engine opens on an external channel, a repeat or an overdue duty clock, its decision with sanctions, and the
 * record kept from the persons it concerns until it is decided.
 */
class AccountabilityTest {
    /** A duty clock of one calendar day from receipt to the answer. */
    static final ClockDefinition HANDLE = ClockDefinition.builder("handle").description("handle within a day")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.CalendarDays(1)).build();

    final FirstContactBank bank = newBank();

    private static FirstContactBank newBank() {
        return new FirstContactBank(b -> b.clocks(HANDLE).classifier(RuleClassifier.standard())
                .repeats(RepeatPolicy.standard())
                .rules(LifecycleRules.defaults(NoticeBank.SHANGHAI).withApprovalRule(ApprovalRule.never()))
                .accountability(AccountabilityPolicy.seed002()));
    }

    /** Accepts the complaint and assigns it to the branch's handler. */
    private void acceptAndAssign(ComplaintId id) {
        bank.run(new AcceptComplaint(id, FirstContactBank.MANAGER, Fixtures.key()));
        bank.assign(id);
    }

    private static List<AccountabilityCaseOpened> cases(List<ComplaintEvent> events) {
        return events.stream().filter(AccountabilityCaseOpened.class::isInstance)
                .map(AccountabilityCaseOpened.class::cast).toList();
    }

    private List<AccountabilityCaseOpened> cases(ComplaintId id) {
        return cases(bank.engine.hostReads().history(id));
    }

    private ComplaintId overdue() {
        ComplaintId id = bank.lodge();
        acceptAndAssign(id);
        bank.clock.advance(Duration.ofDays(3));
        bank.engine.tick();
        return id;
    }

    private CommandResult findTellerAndOutletLiable(ComplaintId id) {
        return bank.run(RecordResponsibility.of(id, Fixtures.HANDLER, Fixtures.key(), ResponsibilityVerdict.LIABLE,
                List.of(LiableParty.staff(Fixtures.TELLER_ID), LiableParty.unit(Fixtures.OUTLET)),
                Sensitive.of("柜员未按规定办理取现，网点未及时处理。")));
    }

    private static List<Sanction> sanctions() {
        return List.of(Sanction.criticism(LiableParty.staff(Fixtures.TELLER_ID)),
                Sanction.performanceDeduction(LiableParty.staff(Fixtures.TELLER_ID), new BigDecimal("10")),
                Sanction.training(LiableParty.staff(Fixtures.TELLER_ID)),
                Sanction.bearLosses(LiableParty.unit(Fixtures.OUTLET), Money.of("500", "CNY")));
    }

    private DecideAccountability decision(ComplaintId id, Actor approver) {
        return DecideAccountability.of(id, approver, Fixtures.key(), AccountabilityOutcome.SANCTIONED, sanctions(),
                Sensitive.of("久拖不决，予以通报批评并扣罚绩效。"));
    }

    private RegisterComplaint forwarded(ForwardingSource source) {
        return forwarded(bank, source);
    }

    private static RegisterComplaint forwarded(FirstContactBank bank, ForwardingSource source) {
        RegisterComplaint plain = Fixtures.registration(bank.clock.instant());
        return new RegisterComplaint(plain.actor(), plain.idempotencyKey(), plain.complainant(), plain.channel(),
                plain.receivedAt(), plain.receivingUnit(), plain.subjects(), plain.content(), plain.request(),
                Forwarding.from(source, "JG-2026-7"), plain.jurisdiction(), plain.confidential());
    }

    @Test
    void anAccountabilityCaseOpenedByAnOverdueComplaintIsDecided() {
        ComplaintId id = overdue();

        List<AccountabilityCaseOpened> opened = cases(id);
        assertEquals(1, opened.size(), "the sweep that saw the clock overdue opened one case");
        AccountabilityCaseOpened accountability = opened.get(0);
        assertEquals(List.of(AccountabilityTrigger.OVERDUE), accountability.triggers());
        assertEquals(AccountabilityKeeper.POLICY, accountability.actor());
        assertEquals("OVERDUE: clock handle OVERDUE", accountability.reason());

        bank.clock.advance(Duration.ofDays(3));
        bank.engine.tick();
        findTellerAndOutletLiable(id);
        assertEquals(1, cases(id).size(), "an overdue complaint opens its case once");

        CommandResult decided = bank.run(decision(id, Fixtures.APPROVER));

        AccountabilityDecided event = assertInstanceOf(AccountabilityDecided.class, decided.events().get(0));
        assertEquals(Fixtures.APPROVER, event.actor(), "the approver is on the record");
        assertEquals(List.of(accountability.sequence()), event.cases());
        assertEquals(sanctions(), event.sanctions());
        AccountabilityFile file = bank.engine.accountability(id, FirstContactBank.MANAGER);
        assertTrue(file.decided());
        assertEquals(ResponsibilityVerdict.LIABLE, file.finding().orElseThrow().verdict());
        CommandRefusedException again = assertThrows(CommandRefusedException.class,
                () -> bank.run(decision(id, Fixtures.APPROVER)));
        assertEquals(ErrorCode.NO_OPEN_ACCOUNTABILITY_CASE, again.code(), "a decided case is not decided twice");
    }

    @Test
    void aComplaintForwardedByTheRegulatorOrTheHeadOfficeOpensACaseAtRegistration() {
        CommandResult regulator = bank.run(forwarded(ForwardingSource.REGULATOR));
        FirstContactBank other = newBank();
        CommandResult headOffice = other.run(forwarded(other, ForwardingSource.SUPERIOR_UNIT));

        AccountabilityCaseOpened first = cases(regulator.events()).get(0);
        assertEquals(List.of(AccountabilityTrigger.EXTERNAL_CHANNEL), first.triggers());
        assertEquals("EXTERNAL_CHANNEL: forwarded by REGULATOR", first.reason());
        assertEquals(AccountabilityKeeper.POLICY, first.actor());
        assertEquals(List.of(AccountabilityTrigger.EXTERNAL_CHANNEL), cases(headOffice.events()).get(0).triggers(),
                "通过总行: a complaint the head office forwarded counts as well");
        assertEquals(regulator.version(), regulator.events().size(), "opened in the registration's own append");
    }

    @Test
    void aRepeatOpensACaseAndALaterOverdueClockOpensASecondListingOnlyItself() {
        ComplaintId first = bank.lodge();
        bank.run(ResolveAtFirstContact.of(first, Fixtures.HANDLER, Fixtures.key(), Outcome.UPHELD,
                Sensitive.of("已当场办理取现并致歉。"), Sensitive.of("《商业银行法》第二十九条"), ContactMethod.PHONE));
        bank.run(RecordSatisfaction.of(first, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED));
        bank.run(new CloseComplaint(first, Fixtures.HANDLER, Fixtures.key(), Liability.LIABLE, Sensitive.of("柜员操作")));
        bank.clock.advance(Duration.ofDays(20));

        CommandResult repeat = bank.run(forwarded(ForwardingSource.CONSUMER_ASSOCIATION));

        List<AccountabilityCaseOpened> atRegistration = cases(repeat.events());
        assertEquals(1, atRegistration.size(), "triggers shown together open one case");
        assertEquals(List.of(AccountabilityTrigger.EXTERNAL_CHANNEL, AccountabilityTrigger.REPEAT),
                atRegistration.get(0).triggers());
        assertTrue(atRegistration.get(0).reason().contains("REPEAT: linked as a repeat"), atRegistration.get(0).reason());

        acceptAndAssign(repeat.complaintId());
        bank.clock.advance(Duration.ofDays(3));
        bank.engine.tick();

        List<AccountabilityCaseOpened> all = cases(repeat.complaintId());
        assertEquals(2, all.size());
        assertEquals(List.of(AccountabilityTrigger.OVERDUE), all.get(1).triggers(), "each trigger once per complaint");
        findTellerAndOutletLiable(repeat.complaintId());
        AccountabilityDecided decided = (AccountabilityDecided) bank.run(decision(repeat.complaintId(),
                Fixtures.APPROVER)).events().get(0);
        assertEquals(List.of(all.get(0).sequence(), all.get(1).sequence()), decided.cases(),
                "a decision decides every open case");
    }

    @Test
    void aDecisionWithoutAnOpenCaseIsRefusedAndStoresNothing() {
        ComplaintId id = bank.lodge();
        acceptAndAssign(id);
        findTellerAndOutletLiable(id);
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);

        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.run(decision(id, Fixtures.APPROVER)));

        assertEquals(ErrorCode.NO_OPEN_ACCOUNTABILITY_CASE, refused.code());
        assertEquals("CMP-2200", refused.code().code());
        assertEquals(before, bank.engine.hostReads().history(id));
    }

    @Test
    void noCaseIsOpenedByAnEngineWithoutAnAccountabilityPolicy() {
        FirstContactBank plain = new FirstContactBank(b -> b.clocks(HANDLE));
        RegisterComplaint forwarded = forwarded(ForwardingSource.REGULATOR);
        CommandResult registered = plain.run(new RegisterComplaint(forwarded.actor(), forwarded.idempotencyKey(),
                forwarded.complainant(), forwarded.channel(), plain.clock.instant(), forwarded.receivingUnit(),
                forwarded.subjects(), forwarded.content(), forwarded.request(), forwarded.forwardedFrom(),
                forwarded.jurisdiction(), forwarded.confidential()));

        assertTrue(cases(registered.events()).isEmpty());
    }

    @Test
    void aPersonConcernedNeitherDecidesNorRecordsTheFindingAndTheAttemptIsRecorded() {
        ComplaintId id = overdue();
        findTellerAndOutletLiable(id);

        CommandRefusedException teller = assertThrows(CommandRefusedException.class,
                () -> bank.run(decision(id, Fixtures.TELLER)));
        CommandRefusedException outletHead = assertThrows(CommandRefusedException.class,
                () -> bank.run(decision(id, FirstContactBank.OUTLET_HEAD)));
        CommandRefusedException recorder = assertThrows(CommandRefusedException.class,
                () -> bank.run(RecordResponsibility.of(id, Fixtures.TELLER, Fixtures.key(),
                        ResponsibilityVerdict.NOT_LIABLE, List.of(), Sensitive.of("本人无责"))));

        assertEquals(ErrorCode.ACCOUNTABILITY_CONCERNED, teller.code(), "the staff member found liable");
        assertEquals(ErrorCode.ACCOUNTABILITY_CONCERNED, outletHead.code(), "a member of the unit found liable");
        assertEquals(ErrorCode.ACCOUNTABILITY_CONCERNED, recorder.code());
        assertTrue(bank.engine.hostReads().history(id).stream().anyMatch(e -> e instanceof AccessDenied d
                && d.code() == ErrorCode.ACCOUNTABILITY_CONCERNED && d.actor().equals(Fixtures.TELLER)));
    }

    @Test
    void aSanctionOnAPartyTheFindingDoesNotNameIsRefused() {
        ComplaintId id = overdue();
        bank.run(RecordResponsibility.of(id, Fixtures.HANDLER, Fixtures.key(), ResponsibilityVerdict.SHARED,
                List.of(LiableParty.unit(Fixtures.OUTLET)), Sensitive.of("网点与客户双方责任")));

        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.run(DecideAccountability.of(id, Fixtures.APPROVER, Fixtures.key(),
                        AccountabilityOutcome.SANCTIONED, List.of(Sanction.criticism(LiableParty.unit(Fixtures.OUTLET)),
                                Sanction.training(LiableParty.staff(Fixtures.TELLER_ID))), Sensitive.of("培训"))));

        assertEquals(ErrorCode.SANCTION_NOT_ON_LIABLE, refused.code());
        assertEquals("sanctions[1].on", refused.violations().get(0).path());
        assertFalse(refused.getMessage().contains("张小明"));
    }

    @Test
    void thePersonConcernedCannotReadTheRecordBeforeTheDecisionAndCanAfterIt() {
        ComplaintId id = overdue();
        findTellerAndOutletLiable(id);

        CommandRefusedException record = assertThrows(CommandRefusedException.class,
                () -> bank.engine.accountability(id, Fixtures.TELLER));
        CommandRefusedException history = assertThrows(CommandRefusedException.class,
                () -> bank.engine.history(id, Fixtures.TELLER));
        CaseFile file = bank.engine.caseFile(id, Fixtures.TELLER);

        assertEquals(ErrorCode.ACCOUNTABILITY_WITHHELD, record.code());
        assertEquals(ErrorCode.ACCOUNTABILITY_WITHHELD, history.code());
        assertTrue(bank.engine.hostReads().history(id).stream().anyMatch(e -> e instanceof AccessDenied d
                && d.code() == ErrorCode.ACCOUNTABILITY_WITHHELD && d.attempted().equals("accountability")),
                "the attempt is on the record");
        String text = file.text();
        assertTrue(text.contains("withheld from a person the accountability concerns"), text);
        assertFalse(text.contains("responsibility found"), "the finding is not in the liable teller's case file");
        assertFalse(text.contains("accountability case opened"));
        assertTrue(bank.engine.caseFile(id, FirstContactBank.MANAGER).text().contains("responsibility found LIABLE"
                + " of staff S-1001, unit GD-SZ-FT-001"), "the complaint-management unit reads it");
        assertEquals("柜员未按规定办理取现，网点未及时处理。", bank.engine.accountability(id, Fixtures.HANDLER).finding()
                .orElseThrow().findings().reveal(), "the handler, not concerned and with full rights, reads the findings");
        assertEquals(ComplaintView.WITHHELD, bank.engine.accountability(id, Fixtures.APPROVER).finding().orElseThrow()
                .findings().reveal(), "a reader without full rights reads the record without its texts");

        bank.run(decision(id, Fixtures.APPROVER));

        AccountabilityFile decided = bank.engine.accountability(id, Fixtures.TELLER);
        assertTrue(decided.decided());
        assertEquals(4, decided.decisions().get(0).sanctions().size());
        assertTrue(bank.engine.caseFile(id, Fixtures.TELLER).text().contains("accountability decided, SANCTIONED"));
    }

    @Test
    void theSubjectOfTheComplaintIsKeptFromTheRecordAsFromTheComplaint() {
        ComplaintId id = bank.run(Fixtures.registrationAbout(bank.clock.instant(), Fixtures.ACCUSED_ID)).complaintId();
        acceptAndAssign(id);
        bank.clock.advance(Duration.ofDays(3));
        bank.engine.tick();

        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.engine.accountability(id, Fixtures.ACCUSED));

        assertEquals(ErrorCode.RECUSAL, refused.code(), "the subject never reads the complaint at all");
    }

    @Test
    void badAccountabilityInputIsRefusedWithEveryViolationAtOnce() {
        ComplaintId id = overdue();

        InvalidInputException finding = assertThrows(InvalidInputException.class,
                () -> bank.run(RecordResponsibility.of(id, Fixtures.HANDLER, Fixtures.key(),
                        ResponsibilityVerdict.LIABLE, List.of(new LiableParty(Fixtures.TELLER_ID, Fixtures.OUTLET),
                                new LiableParty(null, null)), Sensitive.of("?"))));
        InvalidInputException noLiable = assertThrows(InvalidInputException.class,
                () -> bank.run(RecordResponsibility.of(id, Fixtures.HANDLER, Fixtures.key(),
                        ResponsibilityVerdict.LIABLE, List.of(), Sensitive.of("?"))));
        InvalidInputException decision = assertThrows(InvalidInputException.class,
                () -> bank.run(DecideAccountability.of(id, Fixtures.APPROVER, Fixtures.key(),
                        AccountabilityOutcome.NO_SANCTION, List.of(
                                new Sanction(SanctionKind.BEAR_LOSSES, LiableParty.staff(Fixtures.TELLER_ID), null,
                                        null, null),
                                Sanction.performanceDeduction(LiableParty.staff(Fixtures.TELLER_ID),
                                        new BigDecimal("150")),
                                new Sanction(SanctionKind.CRITICISM, LiableParty.staff(Fixtures.TELLER_ID), null,
                                        BigDecimal.ONE, null)), Sensitive.of("?"))));

        assertEquals(List.of("CMP-1181", "CMP-1181"), codes(finding.violations()));
        assertEquals(List.of("CMP-1180"), codes(noLiable.violations()));
        assertEquals(List.of("CMP-1183", "CMP-1182", "CMP-1182", "CMP-1182"), codes(decision.violations()));
        assertEquals(List.of("sanctions", "sanctions[0].amount", "sanctions[1].percentage",
                "sanctions[2].percentage"), decision.violations().stream().map(Violation::path).toList());
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().code()).toList();
    }

    @Test
    void aPolicyThatOpensCasesOnNoTriggerIsRefusedAtConfiguration() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> AccountabilityPolicy.of(Set.of()));

        assertEquals("CMP-4040", e.code().code());
        assertTrue(AccountabilityPolicy.none().isOff());
    }
}
