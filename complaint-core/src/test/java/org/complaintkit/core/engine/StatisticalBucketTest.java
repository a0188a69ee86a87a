package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import org.complaintkit.core.classification.BucketDecision;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.classification.StatisticalBucket;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatisticalBucketTest {
    static final ClockDefinition REPLY = ClockDefinition.builder("reply").description("reply within 2 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(2)).build();
    final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).clocks(REPLY).build();

    ComplaintId register(Forwarding forwarded) {
        RegisterComplaint b = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(b.actor(), b.idempotencyKey(), b.complainant(), b.channel(),
                b.receivedAt(), b.receivingUnit(), b.subjects(), b.content(), b.request(), forwarded)).complaintId();
    }

    @Test
    void a_complaint_the_outlet_handles_itself_in_time_is_not_counted_and_becomes_a_complaint_once_overdue() {
        ComplaintId id = register(null);
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        engine.execute(new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(), HandlingUnit.of(Fixtures.OUTLET),
                List.of(), null));
        assertEquals(StatisticalBucket.NOT_COUNTED, engine.hostReads().statisticalBucket(id).bucket());
        clock.advance(Duration.ofDays(4));
        BucketDecision late = engine.hostReads().statisticalBucket(id);
        assertEquals(StatisticalBucket.COMPLAINT, late.bucket());
        assertEquals(List.of("clock reply OVERDUE"), late.reasons());
    }

    @Test
    void an_escalated_complaint_resolved_in_time_is_an_enquiry_and_a_forwarded_one_is_a_complaint() {
        ComplaintId escalated = register(null);
        engine.execute(Commands.of(CommandType.ACCEPT, escalated, Fixtures.HANDLER));
        engine.execute(Commands.of(CommandType.ASSIGN, escalated, Fixtures.HANDLER));
        assertEquals(StatisticalBucket.ENQUIRY, engine.hostReads().statisticalBucket(escalated).bucket(), "assigned to the branch");

        ComplaintId forwarded = register(new Forwarding(ForwardingSource.REGULATOR, "NFRA-1"));
        BucketDecision d = engine.hostReads().statisticalBucket(forwarded);
        assertEquals(StatisticalBucket.COMPLAINT, d.bucket());
        assertEquals(List.of("forwarded by REGULATOR"), d.reasons());
    }
}
