package org.complaintkit.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.command.MarkTypicalCase;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The bank's own decisions read out of the store as labelled examples: overrides label their scheme with the final
 * class, a typical case labels every scheme it was decided in, and nothing unmasked leaves the reader.
 */
class LabelledHistoryTest {
    static final String PHONE = "13812345678";
    static final String ID_NUMBER = "110101199003071234";
    static final String CARD = "6222021234567890123";

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
            .classifier(RuleClassifier.standard()).calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).build();

    private ComplaintId register(String content) {
        RegisterComplaint r = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), r.channel(),
                r.receivedAt(), r.receivingUnit(), r.subjects(), Sensitive.of(content), r.request(), null))
                .complaintId();
    }

    private void override(ComplaintId id, String scheme, String code) {
        engine.execute(new OverrideClass(id, Fixtures.HANDLER, Fixtures.key(), scheme, code, Sensitive.of("核实后更正")));
    }

    @Test
    void anOverriddenSchemeIsLabelledWithItsFinalClassAndOtherSchemesStayUnlabelled() {
        ComplaintId twice = register("柜员态度恶劣，还多收了手续费");
        override(twice, "seed.matter", "business-error");
        override(twice, "seed.matter", "irregular-fees");
        override(twice, "seed.degree", "critical");
        ComplaintId untouched = register("柜员态度恶劣");

        List<LabelledComplaint> found = LabelledHistory.read(store);
        assertEquals(List.of(twice), found.stream().map(LabelledComplaint::complaintId).toList(),
                "a complaint nobody decided is no example");
        assertEquals(Map.of("seed.matter", "irregular-fees", "seed.degree", "critical"), found.get(0).labels());
        assertEquals(Set.of(LabelledComplaint.OVERRIDE), found.get(0).reasons());
        assertTrue(LabelledHistory.of(engine.hostReads().history(untouched)).isEmpty());
    }

    @Test
    void aPhoneNumberAnIdNumberACardNumberAndTheNameNeverLeaveTheReader() {
        ComplaintId id = register("我是" + Fixtures.NAME + "，电话" + PHONE + "，身份证" + ID_NUMBER + "，卡号" + CARD
                + "，这张卡被多收了年费。");
        override(id, "seed.matter", "irregular-fees");
        LabelledComplaint example = LabelledHistory.read(store).get(0);
        for (String personal : List.of(PHONE, ID_NUMBER, CARD, Fixtures.NAME, "12345678", "1234567890")) {
            assertFalse(example.maskedText().contains(personal), personal + " in " + example.maskedText());
            assertFalse(example.toString().contains(personal), personal);
        }
        assertTrue(example.maskedText().contains("多收了年费"), "the grievance itself is kept");
        assertFalse(example.toString().contains("年费"), "toString shows no text at all");
    }

    @Test
    void aTypicalCaseIsLabelledInEverySchemeItsClassWasDecidedButNotWhereItWasLeftToAPerson() {
        FixedHistory bank = new FixedHistory();
        bank.clock.advance(java.time.Duration.ofHours(1));
        ComplaintId chosen = Stream.of(bank.a, bank.b, bank.c, bank.d, bank.e, bank.f)
                .filter(id -> bank.engine.hostReads().classification(id).orElseThrow().classes().stream()
                        .anyMatch(ClassAssignment::needsPerson))
                .findFirst().orElseThrow(() -> new AssertionError("no complaint of the history has a class left to a person"));
        bank.engine.execute(new MarkTypicalCase(chosen, FixedHistory.MANAGER, Fixtures.key(),
                Sensitive.of("柜员服务态度典型案例")));
        LabelledComplaint example = LabelledHistory.read(bank.store).stream()
                .filter(c -> c.complaintId().equals(chosen)).findFirst().orElseThrow();
        assertEquals(Set.of(LabelledComplaint.TYPICAL_CASE), example.reasons());
        var classes = bank.engine.hostReads().classification(chosen).orElseThrow().classes();
        for (ClassAssignment c : classes) {
            if (c.needsPerson() || RuleClassifier.isOrdinaryCaseDefault(c)) {
                assertFalse(example.labels().containsKey(c.scheme()), c.scheme() + " was nobody's decision");
            } else {
                assertEquals(c.code(), example.labels().get(c.scheme()), c.scheme());
            }
        }
        assertTrue(classes.stream().anyMatch(ClassAssignment::needsPerson), "the sample has a class left to a person to leave out");
        assertFalse(example.labels().isEmpty(), "the schemes the rules decided are labelled");
    }

    @Test
    void aTypicalCaseLeavesASchemeUnlabelledWhereTheRulesGaveTheOrdinaryCaseBecauseNoRuleFired() {
        FixedHistory bank = new FixedHistory();
        bank.clock.advance(java.time.Duration.ofHours(1));
        ComplaintId chosen = Stream.of(bank.a, bank.b, bank.c, bank.d, bank.e, bank.f)
                .filter(id -> bank.engine.hostReads().classification(id).orElseThrow().in("seed.responsibility")
                        .filter(RuleClassifier::isOrdinaryCaseDefault).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no complaint of the history has the default"));
        ClassAssignment before = bank.engine.hostReads().classification(chosen).orElseThrow()
                .in("seed.responsibility").orElseThrow();
        assertTrue(before.isDecided(), "the rules record the ordinary case as decided");
        bank.engine.execute(new MarkTypicalCase(chosen, FixedHistory.MANAGER, Fixtures.key(),
                Sensitive.of("典型案例")));
        LabelledComplaint example = LabelledHistory.read(bank.store).stream()
                .filter(c -> c.complaintId().equals(chosen)).findFirst().orElseThrow();
        assertFalse(example.labels().containsKey("seed.responsibility"), example.labels().toString());
        assertFalse(RuleClassifier.isOrdinaryCaseDefault(ClassAssignment.decided("seed.responsibility", "2024",
                before.code(), RuleClassifier.SOURCE, List.of(), "rule responsibility.bank")),
                "a class a rule decided is a decision");
    }

    @Test
    void theSameStoreGivesTheSameExamplesInComplaintIdOrder() {
        ComplaintId a = register("柜员态度恶劣");
        ComplaintId b = register("转账迟迟不到账");
        override(b, "seed.matter", "transaction-delay");
        override(a, "seed.matter", "service-attitude");
        List<LabelledComplaint> once = LabelledHistory.read(store);
        assertEquals(once, LabelledHistory.read(store));
        List<String> ids = once.stream().map(c -> c.complaintId().value()).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }
}
