package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EngineClassificationTest {
    static final ClockDefinition PRIVACY = ClockDefinition.builder("privacy.report")
            .description("report a privacy leak within 1 working day").startsAt(Milestone.RECEIVED)
            .stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(1)).build();
    static final ClockDefinition FEES = ClockDefinition.builder("fees.refund")
            .description("decide on a fee refund within 3 working days").startsAt(Milestone.RECEIVED)
            .stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(3)).build();

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .classifier(RuleClassifier.standard()).calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
            .policies(new SlaPolicy("privacy", "privacy leaks", PolicyCondition.always().withClasses("seed.matter:privacy-leak"),
                            List.of(PRIVACY)),
                    new SlaPolicy("fees", "fee complaints", PolicyCondition.always().withClasses("seed.matter:irregular-fees"),
                            List.of(FEES)))
            .build();

    CommandResult register(String content) {
        RegisterComplaint base = Fixtures.registration(clock.instant(), List.of(ComplaintSubject.product("CARD")));
        return engine.execute(new RegisterComplaint(base.actor(), base.idempotencyKey(), base.complainant(),
                base.channel(), base.receivedAt(), base.receivingUnit(), base.subjects(), Sensitive.of(content),
                base.request(), null));
    }

    @Test
    void a_complaint_is_classified_in_the_registration_append_and_class_based_policies_choose_its_clocks() {
        CommandResult result = register("我的个人信息被泄露，天天接到骚扰电话");
        assertInstanceOf(ComplaintRegistered.class, result.events().get(0));
        ComplaintClassified classified = assertInstanceOf(ComplaintClassified.class, result.events().get(1));
        assertEquals("rules", classified.classifier());
        assertEquals("privacy-leak", classified.result().in("seed.matter").orElseThrow().code());
        ClockChanged started = assertInstanceOf(ClockChanged.class, result.events().get(2));
        assertEquals("privacy.report", started.clockId());
        assertEquals(List.of("privacy.report"), engine.hostReads().clocks(result.complaintId()).stream()
                .map(s -> s.definition().id()).toList(), "the fee policy does not apply");
    }

    @Test
    void a_staff_override_is_an_event_and_the_clocks_of_the_old_and_new_class_follow_it() {
        ComplaintId id = register("我的个人信息被泄露").complaintId();
        CommandResult overridden = engine.execute(new OverrideClass(id, Fixtures.HANDLER, Fixtures.key(), "seed.matter",
                "irregular-fees", Sensitive.of("客户来电澄清：实为年费争议")));
        List<ClockChange> changes = overridden.events().stream().skip(1).map(e -> ((ClockChanged) e).change()).toList();
        assertEquals(List.of(ClockChange.STARTED, ClockChange.CANCELLED), changes);
        assertEquals(List.of("fees.refund"), engine.hostReads().clocks(id).stream().map(s -> s.definition().id()).toList());

        ClassificationResult now = engine.hostReads().classification(id).orElseThrow();
        var matter = now.in("seed.matter").orElseThrow();
        assertEquals("irregular-fees", matter.code());
        assertEquals("override", matter.source());
        assertTrue(matter.decidedBy().startsWith("overridden by S-2001 (event "), matter.decidedBy());
        assertFalse(String.join("\n", now.explanation()).contains("年费争议"), "the reason stays on the event");
    }

    @Test
    void an_override_of_an_unknown_scheme_or_class_is_refused_and_stores_nothing() {
        ComplaintId id = register("柜员态度恶劣").complaintId();
        int before = engine.hostReads().history(id).size();
        InvalidInputException scheme = assertThrows(InvalidInputException.class, () -> engine.execute(new OverrideClass(id,
                Fixtures.HANDLER, Fixtures.key(), "bank.nothing", "x", Sensitive.of("why"))));
        assertEquals(ErrorCode.UNKNOWN_CLASS, scheme.code());
        InvalidInputException code = assertThrows(InvalidInputException.class, () -> engine.execute(new OverrideClass(id,
                Fixtures.HANDLER, Fixtures.key(), "seed.matter", "no-such-class", Sensitive.of("why"))));
        assertEquals(ErrorCode.UNKNOWN_CLASS, code.code());
        assertEquals(before, engine.hostReads().history(id).size());
    }
}
