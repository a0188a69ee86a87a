package org.complaintkit.core.sla.preset;

import static org.complaintkit.api.command.CommandType.ACCEPT;
import static org.complaintkit.api.command.CommandType.APPROVE_RESOLUTION;
import static org.complaintkit.api.command.CommandType.ASSIGN;
import static org.complaintkit.api.command.CommandType.PROPOSE_RESOLUTION;
import static org.complaintkit.api.command.CommandType.RESPOND;
import static org.complaintkit.api.command.CommandType.START_INVESTIGATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.casework.ContactDirection;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.command.RecordContact;
import org.complaintkit.api.command.RecordInterimReply;
import org.complaintkit.api.command.ReportInternally;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The bank's own clocks stop on what seed 002 means (issue 22 items 3 and 4): the first contact that reaches the
 * customer, the interim reply, the internal report.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseWorkClocksTest {
    final PresetBench bench = new PresetBench("Asia/Shanghai", BankProcedures.policy(),
            SlaPolicy.of("bank.first-contact", "first contact", BankProcedures.firstContact()));

    void contact(ComplaintId id, ContactOutcome outcome) {
        bench.run(RecordContact.of(id, Fixtures.HANDLER, Fixtures.key(), ContactMethod.PHONE, ContactDirection.OUTBOUND,
                outcome, Sensitive.of("致电客户")));
    }

    ClockState.Status status(ComplaintId id, String clock) {
        return bench.clockOf(id, clock).status();
    }

    @Test
    void seed_002_4_1_2_the_customer_is_contacted_at_the_first_moment_and_only_reaching_them_stops_the_clock() {
        // "各单位应第一时间联系投诉客户" (002 四(一)2): no figure, so a configurable default of one hour from receipt.
        ComplaintId id = bench.now("2025-03-03T09:00").register(null);
        assertEquals(bench.at("2025-03-03T10:00"), bench.deadline(id, BankProcedures.FIRST_CONTACT));
        bench.now("2025-03-03T09:20");
        contact(id, ContactOutcome.NO_ANSWER);
        contact(id, ContactOutcome.REFUSED);
        assertEquals(ClockState.Status.RUNNING, status(id, BankProcedures.FIRST_CONTACT),
                "attempts that do not reach the customer, or a refusal to talk, are no contact");
        bench.now("2025-03-03T09:45");
        contact(id, ContactOutcome.REACHED);
        assertEquals(ClockState.Status.MET, status(id, BankProcedures.FIRST_CONTACT));
        assertEquals(bench.at("2025-03-03T09:45"), bench.clockOf(id, BankProcedures.FIRST_CONTACT).stoppedAt());

        ComplaintId late = bench.now("2025-03-03T09:00").register(null);
        bench.now("2025-03-03T11:30");
        contact(late, ContactOutcome.REACHED);
        assertEquals(ClockState.Status.BREACHED, status(late, BankProcedures.FIRST_CONTACT));
    }

    @Test
    void the_first_contact_clock_runs_only_where_the_bank_adds_it() {
        PresetBench seedFiguresOnly = new PresetBench("Asia/Shanghai", BankProcedures.policy());
        ComplaintId id = seedFiguresOnly.now("2025-03-03T09:00").register(null);
        assertEquals(List.of(BankProcedures.ON_SITE, BankProcedures.REPLY, BankProcedures.REPORT,
                BankProcedures.FEEDBACK), seedFiguresOnly.clockIds(id));
    }

    @Test
    void the_first_contact_target_is_the_banks_own_choice() {
        assertEquals(new ClockTarget.Elapsed(Duration.ofHours(1)), BankProcedures.firstContact().targetAt(null));
        assertEquals(new ClockTarget.Elapsed(Duration.ofMinutes(30)),
                BankProcedures.firstContact(Duration.ofMinutes(30)).targetAt(null));
        assertEquals(List.of(Milestone.FIRST_CONTACT), List.copyOf(BankProcedures.firstContact().stopsAt()));
        assertThrows(RuntimeException.class, () -> BankProcedures.firstContact(Duration.ZERO));
    }

    @Test
    void seed_002_part_2_5_the_4_hour_reply_stops_at_the_interim_reply_and_the_8_hour_report_at_the_report() {
        // "4小时内将处理情况回复客户，8小时之内将处理结果报本级行投诉处理工作组" (002 第二篇 五)
        ComplaintId id = bench.now("2025-03-03T09:40").register(null);
        bench.now("2025-03-03T10:00").run(id, ACCEPT, ASSIGN, START_INVESTIGATION);
        bench.now("2025-03-03T13:10").run(RecordInterimReply.of(id, Fixtures.HANDLER, Fixtures.key(),
                ContactMethod.PHONE, Sensitive.of("正在调取割接日志，明日答复")));
        assertEquals(ClockState.Status.MET, status(id, BankProcedures.REPLY),
                "the customer was told how handling stands within 4 hours, though the answer is days away");
        bench.now("2025-03-03T15:00").run(id, PROPOSE_RESOLUTION, APPROVE_RESOLUTION);
        assertEquals(ClockState.Status.RUNNING, status(id, BankProcedures.REPORT),
                "a decision alone is not the report to the complaint team");
        bench.now("2025-03-03T17:30").run(ReportInternally.of(id, Fixtures.HANDLER, Fixtures.key(), Fixtures.BRANCH,
                Sensitive.of("已查明：割接批处理延迟")));
        assertEquals(ClockState.Status.MET, status(id, BankProcedures.REPORT));
        assertEquals(bench.at("2025-03-03T17:30"), bench.clockOf(id, BankProcedures.REPORT).stoppedAt());

        ComplaintId silent = bench.now("2025-03-03T09:40").register(null);
        bench.now("2025-03-03T10:00").run(silent, ACCEPT, ASSIGN, START_INVESTIGATION);
        bench.now("2025-03-05T10:00").run(silent, PROPOSE_RESOLUTION, APPROVE_RESOLUTION, RESPOND);
        assertEquals(ClockState.Status.BREACHED, status(silent, BankProcedures.REPLY),
                "without an interim reply only the final answer stops the 4 hours");
        assertEquals(ClockState.Status.OVERDUE, status(silent, BankProcedures.REPORT), "and nothing was reported");
    }

    @Test
    void an_answer_within_4_hours_still_meets_the_reply_clock() {
        ComplaintId id = bench.now("2025-03-03T09:40").register(null);
        bench.now("2025-03-03T10:00").run(id, ACCEPT, ASSIGN, START_INVESTIGATION);
        bench.now("2025-03-03T12:00").run(id, PROPOSE_RESOLUTION, APPROVE_RESOLUTION, RESPOND);
        assertEquals(ClockState.Status.MET, status(id, BankProcedures.REPLY));
    }
}
