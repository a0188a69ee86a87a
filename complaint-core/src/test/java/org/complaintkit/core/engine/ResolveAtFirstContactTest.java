package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.InvestigationStarted;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.lifecycle.ApprovalRule;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.reporting.ClockResult;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.BankProcedures;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 第二篇 六.2: "能即时解决的，必须即时解决" - a complaint settled on the spot takes one command, which records
 * what the usual path records, stops the clocks the usual path stops and counts in reports as accepted and
 * answered; where the approval rule wants approval it is refused and the usual path stays.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResolveAtFirstContactTest {
    final FirstContactBank bank = new FirstContactBank(b -> b.policies(ChinaCbirc.policy(), BankProcedures.policy())
            .rules(LifecycleRules.defaults(NoticeBank.SHANGHAI)
                    .withApprovalRule(ApprovalRule.whenCompensationAbove(Money.of("500", "CNY")))));

    @Test
    void one_command_takes_a_new_complaint_to_responded_with_the_events_of_the_usual_path() {
        ComplaintId id = bank.lodge();
        long registered = bank.engine.hostReads().history(id).size();

        var settled = bank.run(settle(id, Money.of("50", "CNY")));

        List<ComplaintEvent> lifecycle = settled.events().subList(0, 5);
        assertEquals(List.of(ComplaintAccepted.class, ComplaintAssigned.class, InvestigationStarted.class,
                ResolutionProposed.class, CustomerResponded.class), lifecycle.stream().map(Object::getClass).toList());
        for (int i = 0; i < lifecycle.size(); i++) {
            assertEquals(registered + 1 + i, lifecycle.get(i).sequence());
            assertEquals(Fixtures.HANDLER, lifecycle.get(i).actor());
        }
        assertEquals(ComplaintStatus.RESPONDED, settled.state().status());
        assertEquals(Fixtures.BRANCH, settled.state().assignment().firstResponsible().unit(), "the actor's unit");
        assertEquals(Fixtures.HANDLER_ID, settled.state().assignment().handler());
        assertEquals(Fixtures.HANDLER_ID, settled.state().resolution().proposedBy());
        List<String> notices = bank.notices(id);
        assertTrue(notices.contains("acknowledgement->customer"), notices::toString);
        assertTrue(notices.contains("decision->customer"), notices::toString);
    }

    @Test
    void every_clock_that_stops_on_acceptance_investigation_decision_or_response_stops_met() {
        ComplaintId id = bank.lodge();
        bank.run(settle(id, null));
        delivered();

        Set<Milestone> path = Set.of(Milestone.ACCEPTED, Milestone.INVESTIGATION_STARTED, Milestone.DECIDED,
                Milestone.RESPONDED);
        List<ClockState> stopping = bank.engine.hostReads().clocks(id).stream()
                .filter(c -> c.definition().stopsAt().stream().anyMatch(path::contains))
                .filter(c -> c.status() != ClockState.Status.NOT_STARTED).toList();
        assertTrue(stopping.size() >= 4, stopping::toString);
        for (ClockState clock : stopping) {
            assertEquals(ClockState.Status.MET, clock.status(), clock.definition().id());
        }
        // Settled on the spot, the result is still owed to the unit's complaint team within 8 hours (seed 002
        // 第二篇 五): that clock stops only at the internal report, which no first-contact settlement records.
        ClockState report = bank.engine.hostReads().clocks(id).stream()
                .filter(c -> c.definition().id().equals(BankProcedures.REPORT)).findFirst().orElseThrow();
        assertEquals(ClockState.Status.RUNNING, report.status());
    }

    @Test
    void reports_count_it_as_accepted_and_answered() {
        ComplaintId id = bank.lodge();
        bank.run(settle(id, null));
        delivered();

        ComplaintFacts facts = ComplaintFacts.of(bank.engine.hostReads().history(id));
        assertEquals(ComplaintStatus.RESPONDED, facts.status());
        assertEquals(Fixtures.BRANCH, facts.handlingUnit());
        assertEquals(Outcome.UPHELD, facts.outcome());
        assertEquals(ClockResult.MET, facts.clocks().get(BankProcedures.REPLY));
        assertEquals(ClockResult.MET, facts.clocks().get(BankProcedures.ON_SITE));
    }

    @Test
    void where_the_approval_rule_wants_approval_it_is_refused_with_its_code_and_nothing_is_stored() {
        ComplaintId id = bank.lodge();
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);

        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.run(settle(id, Money.of("600", "CNY"))));

        assertEquals(ErrorCode.APPROVAL_REQUIRED, refused.code());
        assertEquals(before, bank.engine.hostReads().history(id));
        assertEquals(List.of(), bank.notices(id).stream().filter(n -> n.startsWith("decision")).toList());
    }

    @Test
    void only_a_complaint_not_yet_accepted_is_settled_at_first_contact() {
        ComplaintId id = bank.lodge();
        bank.run(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));

        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(CommandRefusedException.class,
                () -> bank.run(settle(id, null))).code());
    }

    /** Sends the notices: the CBIRC clocks stop when the customer's notice is delivered (proof of notice). */
    private void delivered() {
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine)
                .sender(ScriptedReceiver.reliable()).build()) {
            dispatcher.dispatchDue();
        }
    }

    private static ResolveAtFirstContact settle(ComplaintId id, Money compensation) {
        ResolveAtFirstContact settle = ResolveAtFirstContact.of(id, Fixtures.HANDLER, Fixtures.key(), Outcome.UPHELD,
                Sensitive.of("经核实为柜员操作失误，已当场办理取现并致歉。"), Sensitive.of("《商业银行法》第二十九条"),
                ContactMethod.SMS);
        return compensation == null ? settle : settle.withCompensation(compensation);
    }
}
