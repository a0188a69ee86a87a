package org.complaintkit.core.sla.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarArbitrariesAccess;
import org.complaintkit.core.sla.Deadlines;
import org.complaintkit.core.sla.PauseInterval;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The bank's shorter limits for priority customers: its figures, that it never lengthens a limit, and that
 * {@link BankPriority#noLonger} only ever calls a target no longer when no calendar, start or pause can make it due
 * later.
 */
class BankPriorityTest {
    /** Each priority clock with the ordinary clock it shortens. */
    private static Map<ClockDefinition, ClockDefinition> pairs() {
        Map<ClockDefinition, ClockDefinition> out = new LinkedHashMap<>();
        out.put(BankPriority.onSite(), BankProcedures.onSite());
        out.put(BankPriority.reply(), BankProcedures.reply());
        out.put(BankPriority.feedback(), BankProcedures.feedback());
        out.put(BankPriority.firstContact(), BankProcedures.firstContact());
        return out;
    }

    @Test
    void everyClockThePresetShortensHasATargetNoLongerThanTheOrdinaryOneAndTheSameStartStopsAndPauses() {
        for (Map.Entry<ClockDefinition, ClockDefinition> pair : pairs().entrySet()) {
            ClockDefinition priority = pair.getKey();
            ClockDefinition ordinary = pair.getValue();
            String which = priority.id() + " against " + ordinary.id();
            assertTrue(BankPriority.noLonger(priority.target(), ordinary.target()), which);
            assertNotEquals(ordinary.target(), priority.target(), which + " is shorter, not only no longer");
            assertEquals(ClockPurpose.DUTY, priority.purpose(), which);
            assertEquals(ordinary.startsAt(), priority.startsAt(), which);
            assertEquals(ordinary.stopsAt(), priority.stopsAt(), which);
            assertEquals(ordinary.pausesFor(), priority.pausesFor(), which);
            assertEquals(ordinary.calendar(), priority.calendar(), which);
            assertEquals(ordinary.warningPercents(), priority.warningPercents(), which);
            assertEquals(ordinary.restartsOnNewFacts(), priority.restartsOnNewFacts(), which);
            assertEquals(List.of(), priority.extensions(), which + ": no tier may take it past the ordinary target");
            Set<BreachAction> expected = EnumSet.copyOf(ordinary.onBreach());
            expected.remove(BreachAction.MARK);
            assertEquals(expected, priority.onBreach(), which + ": the ordinary clock decides lateness in statistics");
            assertTrue(priority.onBreach().contains(BreachAction.NOTIFY), which + ": a missed target is never silent");
            assertTrue(priority.description().contains("the bank's own target"), which);
        }
        Set<String> shortened = new TreeSet<>();
        pairs().keySet().forEach(c -> shortened.add(c.id()));
        for (ClockDefinition clock : BankPriority.policy().clocks()) {
            assertTrue(shortened.contains(clock.id()), clock.id() + " shortens a clock this test knows");
        }
    }

    @Test
    void theFiguresAreThirtyMinutesOnSiteTwoHoursToReplyTwoWorkingDaysToFeedBackAndThirtyMinutesToFirstContact() {
        assertEquals(new ClockTarget.Elapsed(Duration.ofMinutes(30)), BankPriority.onSite().target());
        assertEquals(new ClockTarget.Elapsed(Duration.ofHours(2)), BankPriority.reply().target());
        assertEquals(new ClockTarget.WorkingDays(2), BankPriority.feedback().target());
        assertEquals(new ClockTarget.Elapsed(Duration.ofMinutes(30)), BankPriority.firstContact().target());
        assertEquals(List.of(BankPriority.ON_SITE, BankPriority.REPLY, BankPriority.FEEDBACK),
                BankPriority.policy().clocks().stream().map(ClockDefinition::id).toList(),
                "the first-contact clock is the host's to add, like the ordinary one");
        assertEquals(BankPriority.customers(), BankPriority.policy().appliesWhen());
    }

    private static ComplaintId registerPregnant(PresetBench bench) {
        RegisterComplaint base = Fixtures.registration(bench.clock.instant());
        return bench.engine.execute(new RegisterComplaint(base.actor(), Fixtures.key(),
                base.complainant().withVulnerabilities(Vulnerability.PREGNANT), Channel.PHONE, bench.clock.instant(),
                base.receivingUnit(), base.subjects(), base.content(), base.request(), null)).complaintId();
    }

    @Test
    void aPregnantCustomerDecidedOnTheFridayBeforeNationalDayIsFedBackByMondayAndEveryOtherLimitStaysAsItWas() {
        PresetBench bench = new PresetBench("Asia/Shanghai", BankProcedures.policy(), BankPriority.policy(),
                ChinaCbirc.policy());
        bench.now("2025-09-26T14:00");
        ComplaintId pregnant = registerPregnant(bench);
        ComplaintId ordinary = bench.register(null);
        bench.now("2025-09-26T14:10").run(pregnant, CommandType.ACCEPT);
        bench.run(ordinary, CommandType.ACCEPT);
        assertEquals(bench.at("2025-09-26T14:40"), bench.deadline(pregnant, BankPriority.ON_SITE));
        assertEquals(bench.at("2025-09-26T16:10"), bench.deadline(pregnant, BankPriority.REPLY));
        bench.now("2025-09-26T16:00");
        for (ComplaintId id : List.of(pregnant, ordinary)) {
            bench.run(id, CommandType.ASSIGN, CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION,
                    CommandType.APPROVE_RESOLUTION);
        }
        assertEquals(bench.at("2025-09-29T17:30"), bench.deadline(pregnant, BankPriority.FEEDBACK),
                "28 Sep (make-up Sunday), 29 Sep");
        assertEquals(bench.at("2025-10-10T17:30"), bench.deadline(pregnant, BankProcedures.FEEDBACK));

        List<String> ordinaryClocks = bench.clockIds(ordinary);
        assertFalse(ordinaryClocks.stream().anyMatch(c -> c.startsWith("bank.priority.")), ordinaryClocks.toString());
        for (String clock : ordinaryClocks) {
            assertEquals(bench.clockOf(ordinary, clock).deadline(), bench.clockOf(pregnant, clock).deadline(),
                    clock + ": the priority policy adds clocks and changes none");
        }
    }

    @Test
    void aLongerTargetATargetOfAnotherKindAndAWindowAreRefusedWithEveryProblemListed() {
        ConfigurationException both = assertThrows(ConfigurationException.class, () -> BankPriority.shortened(
                VerbalLossReport.lapse(), "bank.priority.lapse", new ClockTarget.CalendarDays(6)));
        assertEquals(List.of("ordinary", "target"), both.violations().stream().map(v -> v.path()).toList());
        assertTrue(both.violations().stream().allMatch(v -> v.code() == ErrorCode.PRIORITY_CLOCK_NOT_SHORTER));
        assertEquals("CMP-4050", ErrorCode.PRIORITY_CLOCK_NOT_SHORTER.code());

        ConfigurationException longer = assertThrows(ConfigurationException.class, () -> BankPriority.shortened(
                BankProcedures.reply(), "bank.priority.reply", new ClockTarget.Elapsed(Duration.ofHours(5))));
        assertEquals(List.of("target"), longer.violations().stream().map(v -> v.path()).toList());
        assertThrows(ConfigurationException.class, () -> BankPriority.shortened(BankProcedures.reply(),
                "bank.priority.reply", new ClockTarget.WorkingTime(Duration.ofMinutes(1))),
                "working time is not comparable with elapsed time: a night can reverse them");
        assertEquals(new ClockTarget.Elapsed(Duration.ofHours(4)), BankPriority.shortened(BankProcedures.reply(),
                "bank.priority.reply", new ClockTarget.Elapsed(Duration.ofHours(4))).target(), "as long is allowed");
    }

    private static ClockTarget randomTarget(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> new ClockTarget.Elapsed(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 20)));
            case 1 -> new ClockTarget.WorkingTime(Duration.ofMinutes(1 + r.nextInt(60 * 40)));
            case 2 -> new ClockTarget.WorkingDays(1 + r.nextInt(15));
            case 3 -> new ClockTarget.CalendarDays(1 + r.nextInt(40), r.nextBoolean()
                    ? ClockTarget.LastDay.AS_COUNTED : ClockTarget.LastDay.OFF_REST_DAYS);
            default -> new ClockTarget.ByTimeOnWorkingDay(1 + r.nextInt(8), LocalTime.of(r.nextInt(24),
                    15 * r.nextInt(4)));
        };
    }

    /** A target of the same kind, shorter or as long: the pairs {@link BankPriority#noLonger} should accept. */
    private static ClockTarget notLongerThan(ClockTarget target, Random r) {
        if (target instanceof ClockTarget.Elapsed e) {
            return new ClockTarget.Elapsed(Duration.ofMinutes(1 + r.nextInt((int) e.duration().toMinutes())));
        } else if (target instanceof ClockTarget.WorkingTime w) {
            return new ClockTarget.WorkingTime(Duration.ofMinutes(1 + r.nextInt((int) w.duration().toMinutes())));
        } else if (target instanceof ClockTarget.WorkingDays d) {
            return new ClockTarget.WorkingDays(1 + r.nextInt(d.days()));
        } else if (target instanceof ClockTarget.CalendarDays c) {
            return r.nextInt(5) == 0 ? c : new ClockTarget.CalendarDays(1 + r.nextInt(c.days()));
        }
        ClockTarget.ByTimeOnWorkingDay t = (ClockTarget.ByTimeOnWorkingDay) target;
        int days = 1 + r.nextInt(t.days());
        return new ClockTarget.ByTimeOnWorkingDay(days, days < t.days() ? LocalTime.of(r.nextInt(24), 0)
                : LocalTime.of(r.nextInt(t.time().getHour() + 1), 0));
    }

    @Property(tries = 1000)
    void aTargetCalledNoLongerIsNeverDueLaterWhateverTheCalendarStartAndPauses(@ForAll long seed) {
        CalendarDefinition def = CalendarArbitrariesAccess.definition(seed);
        Random r = new Random(seed);
        Deadlines deadlines = new Deadlines(BusinessCalendar.of(def));
        Instant start = def.validFrom().atStartOfDay(def.zone()).toInstant().plusSeconds(60L * r.nextInt(60 * 24 * 20));
        ClockTarget ordinary = randomTarget(r);
        ClockTarget shorter = r.nextInt(4) == 0 ? randomTarget(r) : notLongerThan(ordinary, r);
        Assume.that(BankPriority.noLonger(shorter, ordinary));
        List<PauseInterval> pauses = new ArrayList<>();
        int n = r.nextInt(4);
        TreeSet<Long> points = new TreeSet<>();
        while (points.size() < 2 * n) {
            points.add((long) r.nextInt(60 * 24 * 40));
        }
        List<Long> p = new ArrayList<>(points);
        for (int i = 0; i < n; i++) {
            pauses.add(new PauseInterval(start.plusSeconds(60 * p.get(2 * i)), start.plusSeconds(60 * p.get(2 * i + 1))));
        }
        Instant early;
        Instant late;
        try {
            early = deadlines.deadline(shorter, start, pauses).orElseThrow();
            late = deadlines.deadline(ordinary, start, pauses).orElseThrow();
        } catch (CalendarException e) {
            Assume.that(false);
            return;
        }
        Statistics.label("kind").collect(ordinary.getClass().getSimpleName());
        assertFalse(early.isAfter(late), shorter + " due " + early + " after " + ordinary + " due " + late);
    }

    @Property(tries = 200)
    void targetsOfDifferentKindsAreNeverCalledNoLongerAndEveryTargetIsNoLongerThanItself(@ForAll long seed) {
        Random r = new Random(seed);
        ClockTarget a = randomTarget(r);
        ClockTarget b = randomTarget(r);
        assertTrue(BankPriority.noLonger(a, a));
        if (a.getClass() != b.getClass()) {
            assertFalse(BankPriority.noLonger(a, b));
        }
    }
}
