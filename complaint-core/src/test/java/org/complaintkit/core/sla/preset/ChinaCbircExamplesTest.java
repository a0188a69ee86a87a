package org.complaintkit.core.sla.preset;

import static org.complaintkit.api.command.CommandType.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.MergeIntoExisting;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of CBIRC Order 2020 No. 3 on the mainland-China calendar, each computed by hand from
 * the article's text: every 日 a calendar day, the day of receipt not counted, the last day included
 * (Art. 43).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChinaCbircExamplesTest {
    final PresetBench bench = new PresetBench("Asia/Shanghai", ChinaCbirc.policy(), ChinaCbirc.regulatorForwardedPolicy());
    static final Actor HEAD_OFFICE = Actor.staff(Fixtures.APPROVER_ID, Fixtures.BRANCH, Role.APPROVER,
            ChinaCbirc.SUPERIOR_APPROVER);

    ExtendDeadline extend(ComplaintId id, Actor actor, String tier, ContactMethod notice) {
        return new ExtendDeadline(id, actor, Fixtures.key(), ChinaCbirc.DECISION, tier, PresetBench.reason(), notice);
    }

    @Test
    void art_18_a_complaint_received_on_3_March_must_be_decided_and_notified_by_the_end_of_18_March() {
        ComplaintId id = bench.now("2025-03-03T10:00").register(null);
        assertEquals(bench.at("2025-03-19T00:00"), bench.deadline(id, ChinaCbirc.DECISION));
    }

    @Test
    void art_43_holidays_do_not_stretch_a_limit_in_days_the_national_day_week_counts_like_any_other() {
        ComplaintId id = bench.now("2025-09-28T10:00").register(null);
        assertEquals(bench.at("2025-10-14T00:00"), bench.deadline(id, ChinaCbirc.DECISION),
                "15 days after Sunday 28 September end with Monday 13 October, 1 to 8 October included");
    }

    @Test
    void art_18_a_complex_case_extends_to_30_days_without_approval_and_a_special_one_to_60_with_approval_and_notice() {
        ComplaintId id = bench.now("2025-03-03T10:00").register(null);
        bench.now("2025-03-10T09:00").run(extend(id, Fixtures.HANDLER, "complex", null));
        assertEquals(bench.at("2025-04-03T00:00"), bench.deadline(id, ChinaCbirc.DECISION));

        bench.now("2025-03-28T09:00");
        CommandRefusedException e = assertThrows(CommandRefusedException.class,
                () -> bench.run(extend(id, Fixtures.HANDLER, "special", null)));
        assertEquals(List.of(ErrorCode.EXTENSION_NOT_APPROVED, ErrorCode.EXTENSION_NOTICE_REQUIRED),
                e.violations().stream().map(v -> v.code()).toList(), "both missing conditions are reported");

        var result = bench.run(extend(id, HEAD_OFFICE, "special", ContactMethod.POST));
        ClockChanged extended = (ClockChanged) result.events().get(1);
        assertEquals(ClockChange.EXTENDED, extended.change());
        assertEquals(bench.at("2025-05-03T00:00"), extended.deadline(), "60 days after 3 March end with 2 May");
        assertEquals("special", bench.clockOf(id, ChinaCbirc.DECISION).tier());

        assertEquals(ErrorCode.EXTENSION_NOT_ALLOWED, assertThrows(CommandRefusedException.class,
                () -> bench.run(extend(id, HEAD_OFFICE, "complex", null))).code(), "60 days is the cap");
    }

    @Test
    void art_18_a_limit_that_has_passed_cannot_be_extended_afterwards() {
        ComplaintId id = bench.now("2025-03-03T10:00").register(null);
        bench.now("2025-03-19T00:01");
        assertEquals(ErrorCode.EXTENSION_NOT_ALLOWED, assertThrows(CommandRefusedException.class,
                () -> bench.run(extend(id, Fixtures.HANDLER, "complex", null))).code());
    }

    @Test
    void art_18_and_23_external_appraisal_and_mediation_do_not_count_but_waiting_for_the_customer_does() {
        ComplaintId id = bench.now("2025-03-03T10:00").register(null);
        bench.run(id, ACCEPT, ASSIGN, START_INVESTIGATION);
        bench.now("2025-03-05T10:00").run(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(),
                PauseReason.EXTERNAL_APPRAISAL, null));
        assertEquals(ClockState.Status.PAUSED, bench.clockOf(id, ChinaCbirc.DECISION).status());
        bench.now("2025-03-12T10:00").run(new ResumeHandling(id, Fixtures.HANDLER, Fixtures.key()));
        assertEquals(bench.at("2025-03-26T00:00"), bench.deadline(id, ChinaCbirc.DECISION), "7 days of appraisal added");

        bench.now("2025-03-13T10:00").run(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(),
                PauseReason.MEDIATION, null));
        bench.now("2025-03-14T16:00").run(new ResumeHandling(id, Fixtures.HANDLER, Fixtures.key()));
        assertEquals(bench.at("2025-03-27T06:00"), bench.deadline(id, ChinaCbirc.DECISION), "30 hours of mediation added");

        bench.now("2025-03-17T10:00").run(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(),
                PauseReason.WAITING_FOR_CUSTOMER, null));
        bench.now("2025-03-20T10:00").run(new ResumeHandling(id, Fixtures.HANDLER, Fixtures.key()));
        assertEquals(bench.at("2025-03-27T06:00"), bench.deadline(id, ChinaCbirc.DECISION),
                "Art. 18 names no pause for waiting on the customer");
    }

    @Test
    void art_18_new_facts_restart_the_period_from_their_receipt_but_merging_a_repeat_does_not() {
        ComplaintId first = bench.now("2025-03-03T10:00").register(null);
        ComplaintId repeat = bench.now("2025-03-08T10:00").register(null);
        bench.run(new MergeIntoExisting(repeat, Fixtures.HANDLER, Fixtures.key(), first));
        assertEquals(bench.at("2025-03-19T00:00"), bench.deadline(first, ChinaCbirc.DECISION), "the merge changes nothing");
        assertEquals(ClockState.Status.CANCELLED, bench.clockOf(repeat, ChinaCbirc.DECISION).status());

        bench.now("2025-03-10T15:00").run(first, RECORD_NEW_FACTS);
        assertEquals(bench.at("2025-03-26T00:00"), bench.deadline(first, ChinaCbirc.DECISION),
                "15 days from 10 March, the day the new material arrived");
    }

    @Test
    void art_20_the_customer_has_30_days_from_the_decision_to_ask_for_a_review_and_the_review_takes_at_most_30_days() {
        ComplaintId id = bench.now("2025-03-03T10:00").register(null);
        bench.decide(id);
        bench.now("2025-03-14T10:00").run(id, RESPOND);
        assertEquals(ClockState.Status.MET, bench.clockOf(id, ChinaCbirc.DECISION).status());
        assertEquals(bench.at("2025-04-14T00:00"), bench.deadline(id, ChinaCbirc.REVIEW_WINDOW),
                "30 days after 14 March end with 13 April");

        bench.now("2025-04-01T10:00").run(id, REQUEST_REVIEW);
        assertEquals(ClockState.Status.MET, bench.clockOf(id, ChinaCbirc.REVIEW_WINDOW).status());
        assertEquals(bench.at("2025-05-02T00:00"), bench.deadline(id, ChinaCbirc.REVIEW),
                "30 days after 1 April end with 1 May, a holiday counted like any day");
        bench.now("2025-04-30T10:00").run(id, CONCLUDE_REVIEW);
        assertEquals(ClockState.Status.MET, bench.clockOf(id, ChinaCbirc.REVIEW).status());
    }

    @Test
    void art_33_a_complaint_forwarded_by_the_regulator_is_due_in_7_working_days_counting_make_up_days() {
        ComplaintId id = bench.now("2025-09-26T10:00").register(null, "CURRENT-ACCOUNT",
                new Forwarding(ForwardingSource.REGULATOR, "NFRA-2025-0917"));
        assertEquals(bench.at("2025-10-13T17:30"), bench.deadline(id, ChinaCbirc.REGULATOR_FORWARDED),
                "28 Sep (Sunday, make-up day), 29, 30 Sep, 9, 10, 11 Oct (Saturday, make-up day), 13 Oct");
        ComplaintId direct = bench.register(null);
        assertFalse(bench.clockIds(direct).contains(ChinaCbirc.REGULATOR_FORWARDED), "only forwarded complaints");
    }
}
