package org.complaintkit.core.sla.preset;

import static org.complaintkit.api.command.CommandType.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Worked examples of the bank's own limits (DOMAIN.md §5) on the mainland-China calendar. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BankProceduresExamplesTest {
    final PresetBench bench = new PresetBench("Asia/Shanghai", BankProcedures.policy(), ChinaCbirc.policy());

    @Test
    void seed_002_on_site_within_1_hour_reply_within_4_and_report_within_8_hours_of_acceptance_in_elapsed_time() {
        ComplaintId id = bench.now("2025-03-03T09:40").register(null);
        bench.now("2025-03-03T10:00").run(id, ACCEPT);
        assertEquals(bench.at("2025-03-03T11:00"), bench.deadline(id, BankProcedures.ON_SITE));
        assertEquals(bench.at("2025-03-03T14:00"), bench.deadline(id, BankProcedures.REPLY));
        assertEquals(bench.at("2025-03-03T18:00"), bench.deadline(id, BankProcedures.REPORT),
                "8 elapsed hours, past closing time: the go-live teams work round the clock");
        bench.now("2025-03-03T10:50").run(id, ASSIGN, START_INVESTIGATION);
        assertEquals(ClockState.Status.MET, bench.clockOf(id, BankProcedures.ON_SITE).status());
        bench.now("2025-03-03T11:30");
        assertEquals(ClockState.Status.RUNNING, bench.clockOf(id, BankProcedures.REPLY).status());
    }

    @Test
    void seed_001_feedback_within_5_working_days_after_handling_ends_skips_the_national_day_week_and_counts_make_up_days() {
        ComplaintId id = bench.now("2025-09-26T14:00").register(null);
        bench.now("2025-09-26T16:00").decide(id);
        assertEquals(bench.at("2025-10-10T17:30"), bench.deadline(id, BankProcedures.FEEDBACK),
                "28 Sep (make-up Sunday), 29, 30 Sep, 9, 10 Oct");
    }

    @Test
    void seed_001_special_cases_may_be_extended_by_the_complaint_manager_with_a_notice() {
        ComplaintId id = bench.now("2025-09-26T14:00").register(null);
        bench.now("2025-09-26T16:00").decide(id);
        ExtendDeadline byHandler = new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), BankProcedures.FEEDBACK,
                "special", PresetBench.reason(), ContactMethod.SMS);
        assertEquals(ErrorCode.EXTENSION_NOT_APPROVED,
                assertThrows(CommandRefusedException.class, () -> bench.run(byHandler)).code());
        Actor manager = Actor.staff(Fixtures.APPROVER_ID, Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
        bench.run(new ExtendDeadline(id, manager, Fixtures.key(), BankProcedures.FEEDBACK, "special",
                PresetBench.reason(), ContactMethod.SMS));
        assertEquals(bench.at("2025-10-16T17:30"), bench.deadline(id, BankProcedures.FEEDBACK),
                "11 Oct (make-up Saturday), 13, 14, 15, 16 Oct");
    }

    @Test
    void the_bank_policy_and_the_regulator_policy_apply_at_once_each_with_its_own_clocks() {
        ComplaintId id = bench.now("2025-03-03T10:00").register(null);
        assertEquals(List.of(BankProcedures.ON_SITE, BankProcedures.REPLY, BankProcedures.REPORT,
                BankProcedures.FEEDBACK, ChinaCbirc.DECISION, ChinaCbirc.REVIEW, ChinaCbirc.REVIEW_WINDOW),
                bench.clockIds(id));
    }
}
