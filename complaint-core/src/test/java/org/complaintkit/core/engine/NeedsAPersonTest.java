package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassState;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ClassOverridden;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.reporting.Dimension;
import org.complaintkit.core.reporting.Tally;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.QueueFlag;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A complaint no rule classifies is left to a person on the engine: it matches no class condition, the queue flag
 * finds it, reports count it apart from "other", and an override settles it on the record.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NeedsAPersonTest {
    static final ClockDefinition OTHER = ClockDefinition.builder("other.reply")
            .description("reply to an other-matter complaint in 5 working days").startsAt(Milestone.RECEIVED)
            .stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(5)).build();

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .classifier(RuleClassifier.standard()).calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
            .policies(new SlaPolicy("other", "other matters", PolicyCondition.always().withClasses("seed.matter:other"),
                    List.of(OTHER)))
            .build();

    ComplaintId register(String content) {
        RegisterComplaint base = Fixtures.registration(clock.instant(), List.of(ComplaintSubject.product("CARD")));
        return engine.execute(new RegisterComplaint(base.actor(), base.idempotencyKey(), base.complainant(),
                base.channel(), base.receivedAt(), base.receivingUnit(), base.subjects(), Sensitive.of(content),
                base.request(), null)).complaintId();
    }

    @Test
    void a_complaint_no_rule_classifies_matches_no_class_policy_and_the_queue_flag_finds_it() {
        ComplaintId unplaced = register("那件事到现在也没个说法");
        ComplaintId placed = register("乱收费");
        ClassificationResult r = engine.hostReads().classification(unplaced).orElseThrow();
        ClassAssignment matter = r.in("seed.matter").orElseThrow();
        assertEquals(ClassState.NEEDS_PERSON, matter.state());
        assertTrue(r.needsPerson());
        assertTrue(engine.hostReads().clocks(unplaced).stream().noneMatch(c -> c.definition().id().equals("other.reply")),
                "a class left to a person is not the other class a policy names");
        assertEquals(List.of(unplaced), engine.hostReads().query(ComplaintQuery.all(50)
                .withFlag(QueueFlag.NEEDS_CLASSIFICATION)).ids());
        assertFalse(engine.hostReads().classification(placed).orElseThrow().needsPerson());
    }

    @Test
    void reports_count_a_class_left_to_a_person_as_needs_person_never_as_other() {
        ComplaintId unplaced = register("那件事到现在也没个说法");
        ComplaintFacts facts = ComplaintFacts.of(engine.hostReads().history(unplaced));
        Tally tally = Tally.of(List.of(facts), clock.getZone(), Dimension.classIn("seed.matter"));
        assertEquals(1, tally.count(List.of(Dimension.NEEDS_PERSON)));
        assertEquals(0, tally.count(List.of("other")));
    }

    @Test
    void an_override_settles_a_class_left_to_a_person_and_the_record_says_what_it_replaced() {
        ComplaintId id = register("那件事到现在也没个说法");
        var result = engine.execute(new OverrideClass(id, Fixtures.HANDLER, Fixtures.key(), "seed.matter", "other",
                Sensitive.of("客户补充：咨询产品信息")));
        ClassOverridden overridden = (ClassOverridden) result.events().get(0);
        assertEquals("", overridden.previousCode(), "it replaced no class");
        ClassAssignment matter = engine.hostReads().classification(id).orElseThrow().in("seed.matter").orElseThrow();
        assertEquals(ClassState.DECIDED, matter.state());
        assertEquals("other", matter.code());
        assertTrue(matter.decidedBy().endsWith("replacing needs a person"), matter.decidedBy());
        assertFalse(engine.hostReads().classification(id).orElseThrow().needsPerson());
        assertEquals(List.of(), engine.hostReads().query(ComplaintQuery.all(50)
                .withFlag(QueueFlag.NEEDS_CLASSIFICATION)).ids(), "the override took it off the queue");
        assertTrue(engine.hostReads().clocks(id).stream().anyMatch(c -> c.definition().id().equals("other.reply")),
                "now decided, the other class's policy applies");
    }
}
