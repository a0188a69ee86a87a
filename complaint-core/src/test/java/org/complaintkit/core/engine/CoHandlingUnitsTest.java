package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.GiveOpinion;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.CoHandlerOpinionGiven;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.complaint.CoHandlerOpinions;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.BankProcedures;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 003: "确定第一责任部门，并告知相关部门，做好协调配合工作" - the first responsible unit is named, the related
 * units are told, and they work with it: each co-handling unit is notified, gives its opinion, the proposal sees
 * which opinions are in, and an opt-in clock waits for them.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoHandlingUnitsTest {
    final FirstContactBank bank = new FirstContactBank(b -> b.policies(SlaPolicy.of("opinions", "co-handlers' opinions",
            BankProcedures.opinions(new ClockTarget.Elapsed(Duration.ofHours(8))))));

    @Test
    void each_co_handling_unit_is_told_but_never_the_unit_the_complaint_is_about() {
        ComplaintId id = bank.lodgeAboutOutlet();
        bank.run(org.complaintkit.testkit.Commands.of(org.complaintkit.api.command.CommandType.ACCEPT, id,
                Fixtures.HANDLER));
        bank.assign(id, FirstContactBank.CARDS, Fixtures.OUTLET);

        List<String> notices = bank.notices(id);
        assertTrue(notices.contains("co-handling->unit:" + FirstContactBank.CARDS.value()), notices::toString);
        assertFalse(notices.contains("co-handling->unit:" + Fixtures.OUTLET.value()),
                "the outlet complained about never hears of it: " + notices);
    }

    @Test
    void a_co_handling_unit_gives_its_opinion_and_the_proposal_sees_which_are_in() {
        ComplaintId id = assigned(FirstContactBank.CARDS, FirstContactBank.RISK);

        var given = bank.run(GiveOpinion.of(id, FirstContactBank.CARDS_STAFF, Fixtures.key(),
                Sensitive.of("卡部核实：交易系统当日无异常。")));
        CoHandlerOpinionGiven opinion = assertInstanceOf(CoHandlerOpinionGiven.class, given.events().get(0));
        assertEquals(FirstContactBank.CARDS, opinion.unit());
        assertFalse(opinion.completesOpinions(), "the risk unit's opinion is still missing");

        List<CoHandlerOpinions.Standing> standing = bank.engine.hostReads().opinions(id);
        assertEquals(List.of(FirstContactBank.CARDS, FirstContactBank.RISK),
                standing.stream().map(CoHandlerOpinions.Standing::unit).toList());
        assertEquals(bank.clock.instant(), standing.get(0).latestAt());
        assertFalse(standing.get(1).given());
    }

    @Test
    void only_a_member_of_a_co_handling_unit_gives_an_opinion_and_a_refusal_stores_nothing() {
        ComplaintId id = assigned(FirstContactBank.CARDS);
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);

        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> bank.run(
                GiveOpinion.of(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("意见"))));
        assertEquals(ErrorCode.NOT_A_CO_HANDLER, refused.code());
        assertEquals("CMP-2140", refused.code().code());
        assertEquals(before, bank.engine.hostReads().history(id));
    }

    @Test
    void the_opinions_clock_runs_from_the_assignment_and_stops_when_the_last_opinion_is_in() {
        ComplaintId id = assigned(FirstContactBank.CARDS, FirstContactBank.RISK);
        assertEquals(ClockState.Status.RUNNING, opinionsClock(id).status());

        bank.run(GiveOpinion.of(id, FirstContactBank.CARDS_STAFF, Fixtures.key(), Sensitive.of("卡部意见")));
        assertEquals(ClockState.Status.RUNNING, opinionsClock(id).status(), "one of two opinions is in");
        var last = bank.run(GiveOpinion.of(id, FirstContactBank.RISK_STAFF, Fixtures.key(), Sensitive.of("风险部意见")));

        assertTrue(((CoHandlerOpinionGiven) last.events().get(0)).completesOpinions());
        assertEquals(ClockState.Status.MET, opinionsClock(id).status());
        assertTrue(bank.engine.hostReads().opinions(id).stream().allMatch(CoHandlerOpinions.Standing::given));
    }

    @Test
    void an_assignment_without_co_handling_units_starts_no_opinions_clock() {
        ComplaintId id = assigned();

        assertEquals(ClockState.Status.NOT_STARTED, opinionsClock(id).status());
        assertEquals(List.of(), bank.engine.hostReads().opinions(id));
    }

    private ComplaintId assigned(org.complaintkit.api.organisation.UnitId... coHandlers) {
        ComplaintId id = bank.lodge();
        bank.run(org.complaintkit.testkit.Commands.of(org.complaintkit.api.command.CommandType.ACCEPT, id,
                Fixtures.HANDLER));
        bank.assign(id, coHandlers);
        return id;
    }

    private ClockState opinionsClock(ComplaintId id) {
        return bank.engine.hostReads().clock(id, BankProcedures.OPINIONS);
    }
}
