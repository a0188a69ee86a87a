package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.CohortPauseOrder;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * A cohort order's pause and resumption move a clock's deadline by exactly the time it held the clock, alone or
 * overlapping an ordinary pause (then by the union of the two), and a clock it does not name keeps its deadline.
 */
class CohortPauseProperties {
    private static final String DECISION = "decision";
    private static final String OTHER = "other";

    private record Step(Instant at, Runnable action) {
    }

    @Property(tries = 60)
    void resuming_after_an_order_moves_the_deadline_by_the_time_paused_and_by_the_union_with_an_ordinary_pause(
            @ForAll @IntRange(min = 1, max = 13 * 24 * 60) int orderStartMinutes,
            @ForAll @IntRange(min = 1, max = 20 * 24 * 60) int orderMinutes,
            @ForAll boolean withOrdinaryPause,
            @ForAll @IntRange(min = 1, max = 13 * 24 * 60) int pauseStartMinutes,
            @ForAll @IntRange(min = 1, max = 20 * 24 * 60) int pauseMinutes) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
                .clocks(ClockDefinition.builder(DECISION).description("decide within 15 days")
                                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                                .pausesFor(PauseReason.WAITING_FOR_CUSTOMER)
                                .target(new ClockTarget.CalendarDays(15)).build(),
                        ClockDefinition.builder(OTHER).description("another duty, 30 days")
                                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.CLOSED)
                                .pausesFor(PauseReason.WAITING_FOR_CUSTOMER)
                                .target(new ClockTarget.CalendarDays(30)).build())
                .build();
        Instant t0 = clock.instant();
        ComplaintId id = engine.execute(Fixtures.registration(t0)).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        Instant base = engine.hostReads().clock(id, DECISION).deadline();
        Instant otherBase = engine.hostReads().clock(id, OTHER).deadline();

        Instant orderFrom = t0.plus(Duration.ofMinutes(orderStartMinutes));
        Instant orderTo = orderFrom.plus(Duration.ofMinutes(orderMinutes));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(orderFrom, () -> {
            engine.cohortPauses().issue(CohortPauseOrder.of("PRA-1", "sector review", List.of(DECISION)),
                    CohortPauseTest.MANAGER);
            engine.cohortPauses().applyAll("PRA-1");
        }));
        steps.add(new Step(orderTo, () -> {
            engine.cohortPauses().lift("PRA-1", CohortPauseTest.MANAGER);
            engine.cohortPauses().applyAll("PRA-1");
        }));
        Instant pauseFrom = t0.plus(Duration.ofMinutes(pauseStartMinutes));
        Instant pauseTo = pauseFrom.plus(Duration.ofMinutes(pauseMinutes));
        if (withOrdinaryPause) {
            steps.add(new Step(pauseFrom, () -> engine.execute(PauseHandling.of(id, Fixtures.HANDLER, Fixtures.key(),
                    PauseReason.WAITING_FOR_CUSTOMER))));
            steps.add(new Step(pauseTo, () -> engine.execute(ResumeHandling.of(id, Fixtures.HANDLER,
                    Fixtures.key()))));
        }
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            clock.set(step.at());
            step.action().run();
        }

        Duration held = Duration.ofMinutes(orderMinutes);
        if (withOrdinaryPause) {
            Instant from = orderFrom.isBefore(pauseFrom) ? orderFrom : pauseFrom;
            Instant to = orderTo.isAfter(pauseTo) ? orderTo : pauseTo;
            boolean overlap = !orderTo.isBefore(pauseFrom) && !pauseTo.isBefore(orderFrom);
            held = overlap ? Duration.between(from, to) : held.plus(Duration.ofMinutes(pauseMinutes));
        }
        ClockState decision = engine.hostReads().clock(id, DECISION);
        assertEquals(base.plus(held), decision.deadline(), "moved by the time the clock was held");
        ClockState other = engine.hostReads().clock(id, OTHER);
        assertEquals(withOrdinaryPause ? otherBase.plus(Duration.ofMinutes(pauseMinutes)) : otherBase,
                other.deadline(), "a clock the order does not name moves only by the ordinary pause");
    }
}
