package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClockCalendarsTest {
    static final CalendarDefinition CN = CalendarFile.mainlandChina();
    static final ZoneId SHANGHAI = CN.zone();
    /** A card centre that also works Saturdays, 08:00 to 20:00. */
    static final CalendarDefinition CARD_CENTRE = CalendarDefinition.builder("card-centre", SHANGHAI)
            .weekly(DayHours.parse("08:00-20:00"), java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
                    java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY,
                    java.time.DayOfWeek.SATURDAY)
            .horizon(CN.validFrom(), CN.validTo()).build();
    static final UnitId CARD_UNIT = UnitId.of("CARD-CENTRE");

    static final ClockDefinition REPLY = ClockDefinition.builder("reply").description("reply within 2 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(2))
            .calendar(CalendarChoice.HANDLING_UNIT).onBreach(BreachAction.ESCALATE, BreachAction.MARK).build();

    final MutableClock clock = new MutableClock(at("2025-03-06T10:00"), SHANGHAI);

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    final OrganisationDirectory directory = new OrganisationDirectory() {
        @Override
        public Optional<OrgUnit> unit(UnitId id) {
            if (id.equals(CARD_UNIT)) {
                return Optional.of(new OrgUnit(CARD_UNIT, "card centre", UnitLevel.BRANCH, Fixtures.BRANCH, "card-centre"));
            }
            return Optional.of(new OrgUnit(id, "unit " + id.value(), UnitLevel.BRANCH, Fixtures.BRANCH));
        }

        @Override
        public Optional<StaffMember> staff(StaffId id) {
            return Fixtures.member(id);
        }
    };

    ComplaintEngine engine(ClockDefinition... clocks) {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false).organisation(directory)
                .calendars(CalendarVersions.of(CN)).calendar("card-centre", CalendarVersions.of(CARD_CENTRE))
                .policies(SlaPolicy.of("p", "p", clocks)).build();
    }

    @Test
    void a_clock_on_the_handling_units_calendar_is_recalculated_when_the_complaint_moves_to_a_unit_with_other_hours() {
        ComplaintEngine engine = engine(REPLY);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        assertEquals(at("2025-03-10T17:30"), engine.hostReads().clocks(id).get(0).deadline(),
                "Thursday: the outlet's default calendar counts Friday and Monday");
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        engine.execute(new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(), HandlingUnit.of(CARD_UNIT), List.of(),
                null));
        ClockChanged moved = engine.hostReads().clockHistory(id, "reply").get(1);
        assertEquals(ClockChange.RECALCULATED, moved.change());
        assertEquals(at("2025-03-08T20:00"), moved.deadline(), "the card centre counts Friday and Saturday");
        assertEquals("card-centre v1 (from 2024-01-01)", moved.calendarVersion());
    }

    @Test
    void a_jurisdiction_clock_without_a_calendar_for_the_code_runs_on_the_default_and_a_fixed_one_must_be_registered() {
        ClockDefinition jurisdiction = REPLY.toBuilder().id("jur").calendar(CalendarChoice.JURISDICTION).build();
        ComplaintEngine engine = engine(jurisdiction);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        assertEquals(at("2025-03-10T17:30"), engine.hostReads().clocks(id).get(0).deadline());

        ClockDefinition fixed = REPLY.toBuilder().id("fixed").calendar(CalendarChoice.fixed("nowhere")).build();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SlaSetup.builder()
                .defaultCalendar(CalendarVersions.of(CN)).policies(SlaPolicy.of("p", "p", fixed)).build());
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void an_overdue_duty_clock_records_its_breach_actions_and_a_window_records_none() {
        ClockDefinition window = REPLY.toBuilder().id("window").purpose(ClockPurpose.WINDOW)
                .onBreach(BreachAction.NOTIFY).build();
        ComplaintEngine engine = engine(REPLY, window);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        clock.advance(java.time.Duration.ofDays(5));
        engine.tick();
        ClockChanged overdue = engine.hostReads().clockHistory(id, "reply").get(1);
        assertEquals(ClockChange.OVERDUE, overdue.change());
        assertEquals(Set.of(BreachAction.ESCALATE, BreachAction.MARK), overdue.breachActions());
        assertEquals(Set.of(), engine.hostReads().clockHistory(id, "window").get(1).breachActions());
    }

    @Test
    void the_explanation_of_a_deadline_names_the_target_the_calendar_version_and_each_recorded_change() {
        ComplaintEngine engine = engine(REPLY);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        engine.execute(new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(), HandlingUnit.of(CARD_UNIT), List.of(),
                null));
        DeadlineExplanation why = engine.hostReads().explain(id, "reply");
        assertEquals(List.of(
                "reply: reply within 2 working days",
                "target close of the 2nd working day after the day it started, on calendar card-centre v1 (from 2024-01-01) (Asia/Shanghai)",
                "status RUNNING, deadline 2025-03-08 20:00 as of 2025-03-06 10:00",
                "  2025-03-06 10:00 STARTED -> 2025-03-10 17:30 [CN-mainland v1 (from 2024-01-01)] because ComplaintRegistered (event 1)",
                "  2025-03-06 10:00 RECALCULATED -> 2025-03-08 20:00 [card-centre v1 (from 2024-01-01)] because ComplaintAssigned (event 4)"),
                why.lines());
        assertFalse(why.toString().contains(Fixtures.NAME));
    }
}
