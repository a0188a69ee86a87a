package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.calendar.ProvisionalRule;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarArbitrariesAccess;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * A calendar that ran out and was then completed keeps no trace of having run out: after adopting the full
 * calendar, every clock's deadline and outcome are those the full calendar gives from the start.
 */
class CalendarAdoptionProperties {

    /** One engine and the complaints it registered, in order. */
    private record Run(MutableClock clock, ComplaintEngine engine, List<ComplaintId> ids) {
        static Run on(CalendarDefinition calendar, List<ClockDefinition> clocks, Instant start) {
            MutableClock clock = new MutableClock(start, calendar.zone());
            return new Run(clock, ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                    .calendar(BusinessCalendar.of(calendar)).clocks(clocks.toArray(ClockDefinition[]::new)).build(),
                    new ArrayList<>());
        }

        void at(Instant t) {
            clock.advance(Duration.between(clock.instant(), t));
        }
    }

    private static CalendarDefinition cut(CalendarDefinition full, LocalDate horizon, Random r) {
        CalendarDefinition.Builder b = CalendarDefinition.builder(full.id(), full.zone())
                .horizon(full.validFrom(), horizon);
        full.weekly().forEach((day, hours) -> b.weekly(hours, day));
        full.holidays().stream().filter(d -> !d.isAfter(horizon)).forEach(b::holidays);
        full.makeUpDays().forEach((d, h) -> {
            if (!d.isAfter(horizon)) {
                b.makeUpDay(d, h);
            }
        });
        full.specialHours().forEach((d, h) -> {
            if (!d.isAfter(horizon)) {
                b.specialHours(d, h);
            }
        });
        CalendarDefinition official = b.build();
        LocalDate until = horizon.plusDays(1 + r.nextInt((int) (full.validTo().toEpochDay() - horizon.toEpochDay())
                + 60));
        return switch (r.nextInt(3)) {
            case 0 -> official;
            case 1 -> official.withProvisional(ProvisionalRule.weekendsOnly("weekly hours only"), until);
            default -> official.withProvisional(ProvisionalRule.dated("the full calendar's holidays",
                    full.holidays().stream().filter(d -> d.isAfter(horizon)).toList()), until);
        };
    }

    private static List<ClockDefinition> clocks(Random r) {
        List<ClockDefinition> out = new ArrayList<>();
        out.add(ClockDefinition.builder("days").description("working days").startsAt(Milestone.RECEIVED)
                .stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(1 + r.nextInt(12))).warnAt(50)
                .build());
        out.add(ClockDefinition.builder("hours").description("working time").startsAt(Milestone.RECEIVED)
                .stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingTime(Duration.ofMinutes(30 + r.nextInt(
                        60 * 60)))).warnAt(25, 75).build());
        out.add(ClockDefinition.builder("by-noon").description("by noon").startsAt(Milestone.RECEIVED)
                .stopsAt(Milestone.RESPONDED).target(new ClockTarget.ByTimeOnWorkingDay(1 + r.nextInt(4),
                        LocalTime.of(12, 0))).build());
        out.add(ClockDefinition.builder("calendar-days").description("calendar days").startsAt(Milestone.RECEIVED)
                .stopsAt(Milestone.RESPONDED).target(new ClockTarget.CalendarDays(1 + r.nextInt(20))).build());
        return out;
    }

    @Property(tries = 100)
    void after_adopting_the_full_calendar_every_deadline_and_outcome_is_what_the_full_calendar_gives(
            @ForAll long seed) {
        Random r = new Random(seed);
        CalendarDefinition full = CalendarArbitrariesAccess.definition(seed);
        long span = full.validTo().toEpochDay() - full.validFrom().toEpochDay();
        LocalDate horizon = full.validFrom().plusDays(5 + r.nextInt((int) span - 10));
        CalendarDefinition cut = cut(full, horizon, r);
        List<ClockDefinition> clocks = clocks(r);
        Instant start = full.validFrom().plusDays(1).atStartOfDay(full.zone()).toInstant();
        Instant end = full.validTo().atStartOfDay(full.zone()).toInstant();
        Instant adoption = horizon.plusDays(1).atStartOfDay(full.zone()).toInstant()
                .plusSeconds((long) (r.nextDouble() * Duration.between(horizon.plusDays(1).atStartOfDay(full.zone())
                        .toInstant(), end).getSeconds()));
        Run guessed = Run.on(cut, clocks, start);
        Run known = Run.on(full, clocks, start);
        List<Boolean> answered = new ArrayList<>();
        Instant t = start;
        int steps = 4 + r.nextInt(12);
        for (int i = 0; i < steps; i++) {
            t = t.plusSeconds((long) (r.nextDouble() * Duration.between(t, adoption).getSeconds() * 0.5));
            int action = r.nextInt(3);
            for (Run run : List.of(guessed, known)) {
                run.at(t);
                if (action == 0 || run.ids().isEmpty()) {
                    run.ids().add(run.engine().execute(Fixtures.registration(t)).complaintId());
                } else if (action == 1) {
                    run.engine().tick();
                }
            }
            while (answered.size() < guessed.ids().size()) {
                answered.add(false);
            }
            if (action == 2) {
                int k = r.nextInt(answered.size());
                if (!answered.get(k)) {
                    answered.set(k, true);
                    for (Run run : List.of(guessed, known)) {
                        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN,
                                CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION,
                                CommandType.APPROVE_RESOLUTION, CommandType.RESPOND)) {
                            run.engine().execute(Commands.of(type, run.ids().get(k),
                                    ComplaintScenario.defaultActor(type)));
                        }
                    }
                }
            }
        }
        guessed.at(adoption);
        known.at(adoption);
        guessed.engine().tick();
        known.engine().tick();
        String before = "clean";
        for (ComplaintId id : guessed.ids()) {
            for (ClockState state : guessed.engine().hostReads().clocks(id)) {
                if (state.status() == ClockState.Status.STOPPED) {
                    before = "a stop with its outcome pending";
                } else if (state.beyondHorizon() && !before.startsWith("a stop")) {
                    before = "a deadline beyond the calendar";
                } else if (state.provisional() && before.equals("clean")) {
                    before = "a provisional deadline";
                }
            }
        }
        int moved = guessed.engine().adoptCalendar(cut.id(), full, "the full calendar").applied().size();
        Statistics.label("worst clock before adoption").collect(before);
        Statistics.label("clocks moved or settled").collect(moved == 0 ? "none" : moved < 4 ? "1-3" : "4 or more");
        for (int k = 0; k < guessed.ids().size(); k++) {
            List<ClockState> after = guessed.engine().hostReads().clocks(guessed.ids().get(k));
            List<ClockState> expected = known.engine().hostReads().clocks(known.ids().get(k));
            for (int c = 0; c < expected.size(); c++) {
                String what = "complaint " + k + " clock " + expected.get(c).definition().id() + " cut at " + horizon
                        + " (" + (cut.provisional() == null ? "no guess" : cut.provisional().basis()) + ")";
                assertEquals(expected.get(c).deadline(), after.get(c).deadline(), what);
                assertEquals(expected.get(c).status(), after.get(c).status(), what);
                assertFalse(after.get(c).provisional(), what);
            }
        }
        assertEquals(List.of(), guessed.engine().previewCalendarAdoption(full.id(), full), "nothing left to move");
    }
}
