package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EngineClocksTest {
    static final ClockDefinition ACCEPTANCE = new ClockDefinition("bank.accept", "accept within 4 working hours",
            Milestone.RECEIVED, Set.of(Milestone.ACCEPTED, Milestone.NOT_ACCEPTED), Set.of(),
            new ClockTarget.WorkingTime(Duration.ofHours(4)), List.of(50), false);
    static final ClockDefinition FEEDBACK = new ClockDefinition("bank.feedback", "feed back within 5 working days",
            Milestone.RECEIVED, Set.of(Milestone.RESPONDED), Set.of(), new ClockTarget.WorkingDays(5), List.of(), false);

    @Test
    void the_engine_reports_each_configured_clock_of_a_complaint_as_it_stands_now() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-03T03:00:00Z"), ZoneId.of("Asia/Shanghai"));
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).clocks(ACCEPTANCE, FEEDBACK).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        clock.advance(Duration.ofHours(2));
        engine.execute(new AcceptComplaint(id, Fixtures.HANDLER, Fixtures.key()));
        List<ClockState> states = engine.hostReads().clocks(id);
        assertEquals(List.of("bank.accept", "bank.feedback"), states.stream().map(s -> s.definition().id()).toList());
        assertEquals(ClockState.Status.MET, states.get(0).status());
        assertEquals(ClockState.Status.RUNNING, states.get(1).status());
        assertEquals(Instant.parse("2025-03-10T09:30:00Z"), states.get(1).deadline(),
                "close of the 5th working day after Monday 3 March: Monday 10 March 17:30 in Shanghai");
    }

    @Test
    void clocks_without_a_calendar_or_with_a_shared_id_are_a_configuration_error() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ComplaintEngine.builder().discoverPlugins(false).clocks(ACCEPTANCE, ACCEPTANCE).build());
        assertEquals(List.of(ErrorCode.INVALID_CONFIGURATION, ErrorCode.INVALID_CONFIGURATION),
                e.violations().stream().map(v -> v.code()).toList());
    }
}
