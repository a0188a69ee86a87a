package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.SanctionKind;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.core.accountability.AccountabilityPolicy;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.reporting.AccountabilityReport;
import org.complaintkit.core.reporting.PerformanceFeed;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The year-end accountability report and the performance feed read the cases and decisions, worked out by hand:
 * in 2026, complaint A is overdue, found and decided with four sanctions; D is overdue and found, decided in January
 * 2027; B is forwarded by the regulator and never decided; C has no case.
 */
class AccountabilityReportTest {
    final FirstContactBank bank = new FirstContactBank(b -> b.clocks(AccountabilityTest.HANDLE)
            .classifier(RuleClassifier.standard()).accountability(AccountabilityPolicy.seed002()));

    ComplaintId a;
    ComplaintId b;
    ComplaintId c;
    ComplaintId d;

    private ComplaintId overdueAtTheBranch() {
        ComplaintId id = bank.lodge();
        bank.run(new AcceptComplaint(id, FirstContactBank.MANAGER, Fixtures.key()));
        bank.assign(id);
        bank.clock.advance(Duration.ofDays(3));
        bank.engine.tick();
        bank.run(RecordResponsibility.of(id, Fixtures.HANDLER, Fixtures.key(), ResponsibilityVerdict.LIABLE,
                List.of(LiableParty.staff(Fixtures.TELLER_ID), LiableParty.unit(Fixtures.OUTLET)),
                Sensitive.of("柜员拖延办理")));
        return id;
    }

    @BeforeEach
    void aYearOfAccountability() {
        a = overdueAtTheBranch();
        bank.run(DecideAccountability.of(a, Fixtures.APPROVER, Fixtures.key(), AccountabilityOutcome.SANCTIONED,
                List.of(Sanction.criticism(LiableParty.staff(Fixtures.TELLER_ID)),
                        Sanction.performanceDeduction(LiableParty.staff(Fixtures.TELLER_ID), new BigDecimal("10")),
                        Sanction.training(LiableParty.staff(Fixtures.TELLER_ID)),
                        Sanction.bearLosses(LiableParty.unit(Fixtures.OUTLET), Money.of("500", "CNY"))),
                Sensitive.of("久拖不决")));
        d = overdueAtTheBranch();
        RegisterComplaint plain = Fixtures.registration(bank.clock.instant());
        b = bank.run(new RegisterComplaint(plain.actor(), Fixtures.key(), plain.complainant(), plain.channel(),
                plain.receivedAt(), plain.receivingUnit(), plain.subjects(), plain.content(), plain.request(),
                Forwarding.from(ForwardingSource.REGULATOR, "JG-9"), null, false)).complaintId();
        c = bank.lodge();
        bank.clock.set(Instant.parse("2027-01-05T02:00:00Z"));
        bank.run(DecideAccountability.of(d, Fixtures.APPROVER, Fixtures.key(), AccountabilityOutcome.SANCTIONED,
                List.of(Sanction.criticism(LiableParty.staff(Fixtures.TELLER_ID))), Sensitive.of("通报批评")));
    }

    @Test
    void theYearEndReportCountsCasesByTriggerDecisionsAndSanctionsPerUnit() {
        AccountabilityReport year = AccountabilityReport.compute(bank.store, Year.of(2026), NoticeBank.SHANGHAI);

        AccountabilityReport.Row branch = year.row(Fixtures.BRANCH).orElseThrow();
        assertEquals(2, branch.opened(), "A and D, both overdue at the branch that handles them");
        assertEquals(Map.of(AccountabilityTrigger.OVERDUE, 2L), branch.openedBy());
        assertEquals(1, branch.decided(), "A in 2026; D waits for January");
        assertEquals(1, branch.openAtEnd());
        assertEquals(Map.of(SanctionKind.CRITICISM, 1L, SanctionKind.PERFORMANCE_DEDUCTION, 1L, SanctionKind.TRAINING,
                1L, SanctionKind.BEAR_LOSSES, 1L), branch.sanctions());
        assertEquals(Map.of("CNY", new BigDecimal("500")), branch.lossesBorne());
        AccountabilityReport.Row outlet = year.row(Fixtures.OUTLET).orElseThrow();
        assertEquals(Map.of(AccountabilityTrigger.EXTERNAL_CHANNEL, 1L), outlet.openedBy(),
                "B, unassigned, stands at the outlet that received it");
        assertEquals(1, outlet.openAtEnd());
        assertEquals(2, year.rows().size(), "C had no case");
        assertEquals(3, year.total().opened());
        assertEquals(2, year.total().openAtEnd());
        assertEquals(4, year.total().sanctionCount());
        String text = year.table().toText();
        assertTrue(text.startsWith("Accountability report 2026 (3 cases opened, 1 decided, 4 sanctions)"), text);
        assertFalse(text.contains(Fixtures.TELLER_ID.value()), "the report names no staff member");

        AccountabilityReport next = AccountabilityReport.compute(bank.store, Year.of(2027), NoticeBank.SHANGHAI);
        assertEquals(0, next.total().opened());
        assertEquals(1, next.total().decided(), "D, decided in January");
        assertEquals(Map.of(SanctionKind.CRITICISM, 1L), next.total().sanctions());
        assertEquals(1, next.total().openAtEnd(), "B is still open");
    }

    @Test
    void thePerformanceFeedCountsTheSanctionsPerStaffMemberAndUnit() {
        PerformanceFeed feed = PerformanceFeed.compute(bank.store, ComplaintQuery.all(50), FirstContactBank.MANAGER,
                StandardAccessPolicy.standard(), bank.engine.sla());

        PerformanceFeed.StaffRow teller = feed.staff().stream().filter(r -> r.staff().equals(Fixtures.TELLER_ID))
                .findFirst().orElseThrow();
        assertEquals(Map.of(SanctionKind.CRITICISM, 2L, SanctionKind.PERFORMANCE_DEDUCTION, 1L,
                SanctionKind.TRAINING, 1L), teller.sanctions());
        PerformanceFeed.UnitRow outlet = feed.units().stream().filter(r -> r.unit().equals(Fixtures.OUTLET))
                .findFirst().orElseThrow();
        assertEquals(Map.of(SanctionKind.BEAR_LOSSES, 1L), outlet.sanctions());
        assertTrue(feed.staff().stream().filter(r -> !r.staff().equals(Fixtures.TELLER_ID))
                .allMatch(r -> r.sanctions().isEmpty()), "no one else was sanctioned");
        assertTrue(feed.table().toText().contains("sanctions"));
    }
}
