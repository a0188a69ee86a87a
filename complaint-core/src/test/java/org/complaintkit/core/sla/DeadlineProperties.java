package org.complaintkit.core.sla;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarArbitrariesAccess;

class DeadlineProperties {

    static ClockTarget randomTarget(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> new ClockTarget.Elapsed(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 30)));
            case 1 -> new ClockTarget.WorkingTime(Duration.ofMinutes(1 + r.nextInt(60 * 40)));
            case 2 -> new ClockTarget.WorkingDays(1 + r.nextInt(20));
            case 3 -> new ClockTarget.CalendarDays(1 + r.nextInt(60));
            default -> new ClockTarget.ByTimeOnWorkingDay(1 + r.nextInt(10), LocalTime.of(r.nextInt(24), 0));
        };
    }

    /** Non-overlapping closed pauses after the start, within about sixty days. */
    static List<PauseInterval> randomPauses(Random r, Instant start) {
        int n = r.nextInt(5);
        TreeSet<Long> points = new TreeSet<>();
        while (points.size() < 2 * n) {
            points.add((long) r.nextInt(60 * 24 * 60));
        }
        List<Long> p = new ArrayList<>(points);
        List<PauseInterval> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new PauseInterval(start.plusSeconds(60 * p.get(2 * i)), start.plusSeconds(60 * p.get(2 * i + 1))));
        }
        return out;
    }

    @Property(tries = 2000)
    void a_share_of_a_budget_in_nanoseconds_equals_java_time_s_big_decimal_arithmetic(
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 200_000_000L) long seconds,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 100) int percent) {
        // Up to about 6 years: past 2.9 years the share takes java.time's own path, so both sides are checked.
        Duration budget = Duration.ofSeconds(seconds, nanos);
        assertEquals(budget.multipliedBy(percent).dividedBy(100), Deadlines.share(budget, percent));
    }

    @Property(tries = 1000)
    void paused_time_is_excluded_exactly_in_the_target_s_own_measure(@ForAll long seed) {
        CalendarDefinition def = CalendarArbitrariesAccess.definition(seed);
        Random r = new Random(seed);
        BusinessCalendar calendar = BusinessCalendar.of(def);
        Deadlines deadlines = new Deadlines(calendar);
        Instant start = def.validFrom().atStartOfDay(def.zone()).toInstant()
                .plusSeconds(60L * r.nextInt(60 * 24 * 20));
        ClockTarget target = randomTarget(r);
        List<PauseInterval> pauses = randomPauses(r, start);
        Instant deadline;
        Duration budget;
        Instant unpaused;
        try {
            deadline = deadlines.deadline(target, start, pauses).orElseThrow();
            budget = deadlines.budget(target, start);
            unpaused = deadlines.unpausedDeadline(target, start);
        } catch (CalendarException e) {
            Assume.that(false);
            return;
        }
        Statistics.label("target").collect(target.getClass().getSimpleName());
        Statistics.label("paused before the deadline").collect(pauses.stream().anyMatch(p -> p.start().isBefore(deadline)));
        assertEquals(budget, deadlines.used(target, start, pauses, deadline), "budget used exactly at the deadline");
        assertFalse(deadline.isBefore(unpaused), "a pause never brings a deadline forward");
        if (budget.isZero()) {
            return;
        }
        int percent = 1 + r.nextInt(99);
        Instant warning = deadlines.whenUsed(target, start, pauses, percent).orElseThrow();
        assertEquals(budget.multipliedBy(percent).dividedBy(100), deadlines.used(target, start, pauses, warning),
                "a warning falls due when exactly its share of the budget is used");
        assertFalse(warning.isAfter(deadline));
        List<PauseInterval> onlyLater = pauses.stream().filter(p -> !p.start().isBefore(unpaused)).toList();
        assertEquals(unpaused, deadlines.deadline(target, start, onlyLater).orElseThrow(),
                "pauses after the deadline change nothing");
    }

    @Property(tries = 300)
    void an_open_pause_before_the_due_time_leaves_the_deadline_unknown(@ForAll long seed) {
        CalendarDefinition def = CalendarArbitrariesAccess.definition(seed);
        Random r = new Random(seed);
        Deadlines deadlines = new Deadlines(BusinessCalendar.of(def));
        Instant start = def.validFrom().atStartOfDay(def.zone()).toInstant().plusSeconds(3600L * r.nextInt(24 * 10));
        ClockTarget target = new ClockTarget.Elapsed(Duration.ofHours(1 + r.nextInt(100)));
        Instant pauseAt = start.plusSeconds(60L * r.nextInt(60));
        Optional<Instant> result = deadlines.deadline(target, start, List.of(new PauseInterval(pauseAt, null)));
        assertEquals(Optional.empty(), result);
    }
}
