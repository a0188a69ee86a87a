package org.complaintkit.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.complaintkit.api.command.CompleteRemediation;
import org.complaintkit.api.command.LinkRootCause;
import org.complaintkit.api.command.MarkTypicalCase;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.RemediationAction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.junit.jupiter.api.Test;

class RootCausesAndTypicalCasesTest {
    static final String RC = "RC-2026-007";
    static final String TITLE = "割接后网点系统缓慢 / branch systems slow after cut-over";
    static final StaffId IT_LEAD = StaffId.of("S-7001");

    final FixedHistory bank = new FixedHistory();

    private LinkRootCause link(ComplaintId id, RemediationAction... actions) {
        bank.clock.advance(Duration.ofHours(1));
        return new LinkRootCause(id, FixedHistory.MANAGER, Fixtures.key(), RC, Sensitive.of(TITLE), List.of(actions));
    }

    private static RemediationAction action(String id, LocalDate due) {
        return new RemediationAction(id, Sensitive.of("扩容 / add capacity " + id), IT_LEAD, due);
    }

    @Test
    void complaints_linked_to_one_root_cause_are_gathered_with_its_actions_owners_and_due_dates() {
        bank.engine.execute(link(bank.d, action("capacity", LocalDate.of(2026, 5, 10)),
                action("script", LocalDate.of(2026, 5, 31))));
        bank.engine.execute(link(bank.b));
        bank.engine.execute(link(bank.a, action("training", LocalDate.of(2026, 5, 1))));
        bank.clock.advance(Duration.ofHours(1));
        bank.engine.execute(new CompleteRemediation(bank.d, FixedHistory.MANAGER, Fixtures.key(), RC, "script",
                Sensitive.of("脚本已修复")));

        RootCauseRegister register = RootCauseRegister.compute(bank.store, ComplaintQuery.all(2),
                LocalDate.of(2026, 5, 20), FixedHistory.SHANGHAI);
        RootCauseRegister.Entry entry = register.entry(RC).orElseThrow();
        assertEquals(java.util.Set.of(bank.a, bank.b, bank.d), entry.complaints());
        assertEquals(TITLE, entry.title().reveal());
        assertEquals(List.of("training OVERDUE", "capacity OVERDUE", "script DONE"), entry.actions().stream()
                .map(a -> a.action().id() + " " + a.status(LocalDate.of(2026, 5, 20), FixedHistory.SHANGHAI))
                .toList(), "by due day");
        assertEquals(2, register.overdue().size());
        assertEquals(IT_LEAD, register.overdue().get(0).action().owner());
        assertEquals(bank.d, entry.actions().stream().filter(a -> a.action().id().equals("script")).findFirst()
                .orElseThrow().plannedOn());
        assertEquals(3, register.table().rows().size(), "one row per action");
        assertFalse(register.toString().contains("割接"), "free text stays out of toString");
        assertEquals(java.util.Set.of(RC), ComplaintFacts.of(bank.engine.hostReads().history(bank.b)).rootCauses());
    }

    @Test
    void a_remediation_action_is_completed_only_where_it_was_planned_and_only_once() {
        bank.engine.execute(link(bank.d, action("capacity", LocalDate.of(2026, 5, 10))));
        int before = bank.engine.hostReads().history(bank.b).size();
        CommandRefusedException elsewhere = assertThrows(CommandRefusedException.class, () -> bank.engine.execute(
                new CompleteRemediation(bank.b, FixedHistory.MANAGER, Fixtures.key(), RC, "capacity", Sensitive.of("x"))));
        assertEquals(ErrorCode.REMEDIATION_NOT_OPEN, elsewhere.code());
        assertEquals(before, bank.engine.hostReads().history(bank.b).size(), "nothing stored");
        bank.engine.execute(new CompleteRemediation(bank.d, FixedHistory.MANAGER, Fixtures.key(), RC, "capacity",
                Sensitive.of("done")));
        assertEquals(ErrorCode.REMEDIATION_NOT_OPEN, assertThrows(CommandRefusedException.class,
                () -> bank.engine.execute(new CompleteRemediation(bank.d, FixedHistory.MANAGER, Fixtures.key(), RC,
                        "capacity", Sensitive.of("again")))).code());
        assertTrue(RootCauses.actions(bank.engine.hostReads().history(bank.d)).get(0).done());
    }

    @Test
    void a_root_cause_with_bad_input_is_refused_with_every_violation_at_once() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> bank.engine.execute(
                new LinkRootCause(bank.d, FixedHistory.MANAGER, Fixtures.key(), "no spaces allowed", Sensitive.of("t"),
                        java.util.Arrays.asList(action("ok", LocalDate.of(2026, 6, 1)), null))));
        assertEquals(2, bad.violations().size(), bad.violations().toString());
    }

    @Test
    void typical_cases_are_found_by_class_and_never_by_the_staff_member_they_are_about() {
        bank.engine.execute(new MarkTypicalCase(bank.e, FixedHistory.MANAGER, Fixtures.key(),
                Sensitive.of("柜员服务态度：道歉并补偿 200 元")));
        bank.clock.advance(Duration.ofHours(1));
        bank.engine.execute(new MarkTypicalCase(bank.f, FixedHistory.MANAGER, Fixtures.key(),
                Sensitive.of("节假日前来信：节后首日回复")));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(CommandRefusedException.class,
                () -> bank.engine.execute(new MarkTypicalCase(bank.d, FixedHistory.MANAGER, Fixtures.key(),
                        Sensitive.of("not yet answered")))).code(), "only an answered complaint is a case");
        StandardAccessPolicy policy = StandardAccessPolicy.standard();
        List<TypicalCase> service = TypicalCases.find(bank.store, "jrt0169.cause:C01", Fixtures.HANDLER, policy);
        assertEquals(List.of(bank.f, bank.e), service.stream().map(TypicalCase::complaintId).toList(),
                "most recently marked first");
        assertEquals(org.complaintkit.api.complaint.Outcome.PARTLY_UPHELD, service.get(1).outcome());
        assertEquals(List.of(bank.f), TypicalCases.find(bank.store, "jrt0169.cause:", Fixtures.ACCUSED, policy).stream()
                .map(TypicalCase::complaintId).toList(), "E is about S-4001: they never find it");
        assertTrue(TypicalCases.find(bank.store, "jrt0169.cause:C02", Fixtures.HANDLER, policy).isEmpty());
        assertTrue(ComplaintFacts.of(bank.engine.hostReads().history(bank.e)).typicalCase());
        assertFalse(service.get(0).toString().contains("节假日"), "the summary is Sensitive");
    }

    @Test
    void a_typical_case_summary_is_masked_for_a_reader_without_the_right_to_personal_data() {
        String summary = "客户" + Fixtures.NAME + "（电话138 1234 5678，卡号6222 0212 3456 7890 123）：道歉并补偿 200 元";
        bank.engine.execute(new MarkTypicalCase(bank.e, FixedHistory.MANAGER, Fixtures.key(), Sensitive.of(summary)));
        StandardAccessPolicy policy = StandardAccessPolicy.standard();
        org.complaintkit.api.organisation.Actor bystander = org.complaintkit.api.organisation.Actor.staff(
                StaffId.of("S-9100"), FixedHistory.OUTLET_2, org.complaintkit.api.organisation.Role.HANDLER);
        String masked = TypicalCases.find(bank.store, "jrt0169.cause:C01", bystander, policy).get(0).summary().reveal();
        assertFalse(masked.contains(Fixtures.NAME), masked);
        assertFalse(masked.contains("1234") || masked.contains("6222"), masked);
        assertTrue(masked.contains("道歉并补偿 200 元"), masked);
        assertEquals(summary, TypicalCases.find(bank.store, "jrt0169.cause:C01", FixedHistory.MANAGER, policy).get(0)
                .summary().reveal(), "a complaint manager reads it whole");
    }
}
