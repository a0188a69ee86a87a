package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.StatisticalBucket;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RepeatDetectionTest {
    final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    ComplaintEngine engine(RepeatPolicy.Action action) {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false).classifier(RuleClassifier.standard())
                .repeats(new RepeatPolicy(Duration.ofDays(30), "seed.matter", action))
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy()).build();
    }

    CommandResult register(ComplaintEngine engine, String customer, String content) {
        RegisterComplaint b = Fixtures.registration(clock.instant());
        Complainant who = new Complainant(CustomerRef.of(customer), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        return engine.execute(new RegisterComplaint(b.actor(), b.idempotencyKey(), who, b.channel(), clock.instant(),
                b.receivingUnit(), b.subjects(), Sensitive.of(content), b.request(), null));
    }

    static boolean linked(CommandResult r) {
        return r.events().stream().anyMatch(e -> e instanceof ComplaintLinked);
    }

    @Test
    void the_same_customer_with_the_same_matter_within_the_window_is_linked_and_flagged_and_counts_as_a_complaint() {
        ComplaintEngine engine = engine(RepeatPolicy.Action.LINK);
        ComplaintId first = register(engine, "CIF001", "信用卡年费乱收费").complaintId();
        clock.advance(Duration.ofDays(10));
        CommandResult repeat = register(engine, "CIF001", "又被扣了年费，上次投诉还没解决");
        ComplaintLinked link = repeat.events().stream().filter(e -> e instanceof ComplaintLinked)
                .map(e -> (ComplaintLinked) e).findFirst().orElseThrow();
        assertEquals(ComplaintLinked.Kind.REPEAT, link.kind());
        assertEquals(List.of(first), link.others());
        assertTrue(engine.hostReads().classification(repeat.complaintId()).orElseThrow().flagSet().contains(ComplaintFlag.REPEAT));
        assertEquals(StatisticalBucket.COMPLAINT, engine.hostReads().statisticalBucket(repeat.complaintId()).bucket());
        assertEquals(ComplaintStatus.REGISTERED, repeat.state().status(), "a linked repeat is handled on its own");
    }

    @Test
    void another_matter_another_customer_or_an_old_complaint_is_not_a_repeat_but_a_withdrawn_one_is() {
        ComplaintEngine engine = engine(RepeatPolicy.Action.LINK);
        ComplaintId fees = register(engine, "CIF002", "年费乱收费").complaintId();
        assertFalse(linked(register(engine, "CIF002", "柜员态度恶劣")), "another matter");
        assertFalse(linked(register(engine, "CIF003", "年费乱收费")), "another customer");
        engine.execute(Commands.of(CommandType.WITHDRAW, fees, Fixtures.HANDLER));
        CommandResult again = register(engine, "CIF002", "年费乱收费");
        assertTrue(linked(again), "seed 002 四(三)9: a complaint no longer open is still repeated");
        engine.execute(Commands.of(CommandType.WITHDRAW, again.complaintId(), Fixtures.HANDLER));
        clock.advance(Duration.ofDays(366));
        assertFalse(linked(register(engine, "CIF002", "年费乱收费")), "outside the window and the look-back");
    }

    @Test
    void an_open_complaint_received_before_the_window_is_not_a_repeat_target() {
        ComplaintEngine engine = engine(RepeatPolicy.Action.LINK);
        register(engine, "CIF005", "年费乱收费");
        clock.advance(Duration.ofDays(31));
        assertFalse(linked(register(engine, "CIF005", "年费乱收费")), "open, received outside the 30-day window");
    }

    @Test
    void the_look_back_of_a_closed_complaint_runs_from_its_closure_not_its_receipt() {
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .classifier(RuleClassifier.standard())
                .repeats(new RepeatPolicy(Duration.ofDays(30), "seed.matter", RepeatPolicy.Action.MERGE,
                        Duration.ofDays(60)))
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy()).build();
        ComplaintId fees = register(engine, "CIF006", "年费乱收费").complaintId();
        clock.advance(Duration.ofDays(50));
        engine.execute(Commands.of(CommandType.WITHDRAW, fees, Fixtures.HANDLER));
        clock.advance(Duration.ofDays(50));
        CommandResult again = register(engine, "CIF006", "又扣了年费");
        ComplaintLinked link = again.events().stream().filter(e -> e instanceof ComplaintLinked)
                .map(e -> (ComplaintLinked) e).findFirst().orElseThrow(() -> new AssertionError(
                        "received 100 days ago, closed 50 days ago: within the 60-day look-back"));
        assertEquals(List.of(fees), link.others());
        assertEquals(ComplaintStatus.REGISTERED, again.state().status(), "a repeat of a closed one is never merged");
        assertEquals(StatisticalBucket.COMPLAINT, engine.hostReads().statisticalBucket(again.complaintId()).bucket());
        engine.execute(Commands.of(CommandType.WITHDRAW, again.complaintId(), Fixtures.HANDLER));
        clock.advance(Duration.ofDays(61));
        assertFalse(linked(register(engine, "CIF006", "年费乱收费")), "closed 61 days ago");
    }

    @Test
    void a_repeat_look_back_that_is_not_positive_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RepeatPolicy.standard().withClosedLookBack(Duration.ZERO));
    }

    @Test
    void a_merged_repeat_runs_no_clock_and_the_earlier_complaints_clock_does_not_restart() {
        ComplaintEngine engine = engine(RepeatPolicy.Action.MERGE);
        ComplaintId first = register(engine, "CIF004", "个人信息被泄露，天天骚扰电话").complaintId();
        var deadline = engine.hostReads().clocks(first).get(0).deadline();
        int firstEvents = engine.hostReads().history(first).size();
        clock.advance(Duration.ofDays(3));
        CommandResult repeat = register(engine, "CIF004", "还是在接骚扰电话，我的个人信息泄露了");
        assertEquals(ComplaintStatus.MERGED, repeat.state().status());
        assertEquals(first, repeat.state().mergedInto());
        assertEquals(ClockState.Status.CANCELLED, engine.hostReads().clocks(repeat.complaintId()).get(0).status());
        assertTrue(repeat.events().stream().anyMatch(e -> e instanceof org.complaintkit.api.event.ClockChanged c
                && c.change() == ClockChange.CANCELLED));
        assertEquals(deadline, engine.hostReads().clocks(first).get(0).deadline(), "Art. 18: merging a repeat restarts nothing");
        assertEquals(firstEvents, engine.hostReads().history(first).size());
    }

    @Test
    void repeat_detection_without_a_classifier_is_a_configuration_error() {
        assertThrows(ConfigurationException.class, () -> ComplaintEngine.builder().discoverPlugins(false)
                .repeats(RepeatPolicy.standard()).build());
    }
}
