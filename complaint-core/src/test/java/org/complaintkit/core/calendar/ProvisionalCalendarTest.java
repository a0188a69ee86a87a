package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.calendar.ProvisionalRule;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Calendars that know their official horizon and, when the host asks, guess past it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProvisionalCalendarTest {
    static final CalendarDefinition CN = CalendarFile.mainlandChina();
    static final ProvisionalRule NEW_YEAR = ProvisionalRule.fixed("New Year's Day only", MonthDay.of(1, 1));

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    @Test
    void the_shipped_calendar_guesses_nothing_unless_the_host_asks() {
        assertNull(CN.provisional());
        assertEquals(LocalDate.of(2026, 12, 31), CN.lastDay());
        assertFalse(CN.isProvisional(LocalDate.of(2027, 1, 4)));
        CalendarException e = assertThrows(CalendarException.class,
                () -> BusinessCalendar.of(CN).plusWorkingDays(LocalDate.of(2026, 12, 28), 5));
        assertEquals(ErrorCode.BEYOND_CALENDAR_HORIZON, e.violations().get(0).code());
    }

    @Test
    void every_day_answers_whether_it_is_official_or_provisional() {
        CalendarDefinition cn = CN.withProvisional(NEW_YEAR, LocalDate.of(2027, 12, 31));
        assertTrue(cn.isOfficial(LocalDate.of(2026, 12, 31)));
        assertFalse(cn.isProvisional(LocalDate.of(2026, 12, 31)));
        assertTrue(cn.isProvisional(LocalDate.of(2027, 1, 1)));
        assertFalse(cn.isOfficial(LocalDate.of(2027, 1, 1)));
        assertFalse(cn.isProvisional(LocalDate.of(2028, 1, 1)), "beyond the provisional horizon nothing is known");
        assertFalse(cn.covers(LocalDate.of(2028, 1, 1)));
        BusinessCalendar cal = BusinessCalendar.of(cn);
        assertEquals(LocalDate.of(2026, 12, 31), cal.officialHorizon());
        assertEquals(at("2027-01-01T00:00"), cal.officialEnd());
        assertEquals(at("2028-01-01T00:00"), cal.end());
        assertEquals(CN, cn.withoutProvisional());
    }

    @Test
    void a_provisional_year_has_its_rule_s_holidays_and_the_weekly_hours_but_no_make_up_day() {
        BusinessCalendar cal = BusinessCalendar.of(CN.withProvisional(NEW_YEAR, LocalDate.of(2027, 12, 31)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 1, 1)), "the rule's holiday");
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 1, 4)));
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend && !d.equals(LocalDate.of(2027, 1, 1)), cal.isWorkingDay(d), d.toString());
        }
        // 29, 30, 31 December are official; 4 and 5 January provisional.
        assertEquals(LocalDate.of(2027, 1, 5), cal.plusWorkingDays(LocalDate.of(2026, 12, 28), 5));
        assertEquals(at("2027-01-05T17:30"), cal.endOfWorkingDayAfter(LocalDate.of(2026, 12, 28), 5));
    }

    @Test
    void computed_holidays_come_as_a_list_of_dates_and_only_those_in_the_provisional_span_count() {
        ProvisionalRule table = ProvisionalRule.dated("a statutory table",
                List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8)))
                .plusDates(List.of(LocalDate.of(2027, 1, 1)));
        CalendarDefinition cn = CN.withProvisional(table, LocalDate.of(2027, 6, 30));
        assertTrue(cn.hoursOn(LocalDate.of(2027, 2, 8)).windows().isEmpty());
        assertEquals(CN.hoursOn(LocalDate.of(2026, 10, 1)), cn.hoursOn(LocalDate.of(2026, 10, 1)),
                "an official date keeps its official hours");
        assertEquals(DayHours.parse("09:00-12:00,13:30-17:30"), cn.hoursOn(LocalDate.of(2027, 2, 9)));
    }

    @Test
    void a_provisional_horizon_must_lie_after_the_official_one() {
        assertThrows(CalendarException.class, () -> CN.withProvisional(NEW_YEAR, LocalDate.of(2026, 12, 31)));
        assertThrows(CalendarException.class, () -> CN.withProvisional(NEW_YEAR, LocalDate.of(2201, 1, 1)));
        assertThrows(CalendarException.class, () -> ProvisionalRule.weekendsOnly(" "));
    }

    @Property(tries = 200)
    void the_indexed_calendar_equals_the_reference_over_provisional_days(@ForAll long seed) {
        Random r = new Random(seed);
        CalendarDefinition official = CalendarArbitraries.definition(seed);
        LocalDate until = official.validTo().plusDays(1 + r.nextInt(200));
        List<LocalDate> guessed = new java.util.ArrayList<>();
        for (LocalDate d = official.validTo().plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            if (r.nextInt(10) == 0) {
                guessed.add(d);
            }
        }
        CalendarDefinition def = official.withProvisional(ProvisionalRule.dated("random", guessed)
                .plusDates(List.of()), until);
        BusinessCalendar fast = BusinessCalendar.of(def);
        BusinessCalendar slow = BusinessCalendar.reference(def);
        for (LocalDate d = def.validFrom(); !d.isAfter(until); d = d.plusDays(1)) {
            assertEquals(slow.isWorkingDay(d), fast.isWorkingDay(d), d.toString());
            assertEquals(def.isProvisional(d), d.isAfter(official.validTo()), d.toString());
        }
        Instant from = def.validFrom().atStartOfDay(def.zone()).toInstant()
                .plus(Duration.ofMinutes(r.nextInt(60 * 24 * 20)));
        Duration amount = Duration.ofMinutes(r.nextInt(60 * 24 * 60));
        Object expected;
        try {
            expected = slow.plusWorkingTime(from, amount);
        } catch (CalendarException e) {
            expected = e.violations().get(0).code();
        }
        Object actual;
        try {
            actual = fast.plusWorkingTime(from, amount);
        } catch (CalendarException e) {
            actual = e.violations().get(0).code();
        }
        assertEquals(expected, actual);
    }

    @Test
    void a_new_year_is_adopted_from_any_day_up_to_the_first_it_changes_under_the_same_id_or_another() {
        CalendarDefinition guessed = CN.withProvisional(NEW_YEAR, LocalDate.of(2027, 12, 31));
        CalendarVersions versions = CalendarVersions.of(guessed);
        CalendarDefinition y2027 = CalendarDefinition.builder("CN-mainland-2027", CN.zone())
                .mondayToFriday(DayHours.parse("09:00-12:00,13:30-17:30"))
                .horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
                .holidays(LocalDate.of(2027, 1, 1))
                .makeUpDay(LocalDate.of(2027, 1, 9), DayHours.parse("09:00-12:00,13:30-17:30")).build();
        assertEquals(LocalDate.of(2027, 1, 1), versions.firstChange(y2027), "official instead of provisional");
        CalendarVersions adopted = versions.adopt(y2027);
        assertEquals("CN-mainland-2027 v2 (from 2027-01-01)", adopted.latest().label());
        BusinessCalendar v2 = adopted.latest().calendar();
        assertEquals(LocalDate.of(2027, 12, 31), v2.officialHorizon());
        assertFalse(v2.isProvisional(LocalDate.of(2027, 1, 4)));
        assertTrue(v2.isWorkingDay(LocalDate.of(2027, 1, 9)), "the make-up Saturday");
        assertEquals(CN.hoursOn(LocalDate.of(2026, 10, 1)), v2.definition().hoursOn(LocalDate.of(2026, 10, 1)));
        assertEquals("CN-mainland-2027 v2 (from 2026-12-01)",
                versions.adopt(LocalDate.of(2026, 12, 1), y2027).latest().label());
        assertThrows(CalendarException.class, () -> versions.adopt(LocalDate.of(2027, 1, 2), y2027),
                "after the first day it changes");
        CalendarDefinition sydney = CalendarDefinition.builder("x", java.time.ZoneId.of("Australia/Sydney"))
                .mondayToFriday(org.complaintkit.api.calendar.DayHours.parse("09:00-17:00"))
                .horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).build();
        assertThrows(CalendarException.class, () -> versions.adopt(sydney));
    }

    @Test
    void an_adopted_year_guesses_past_its_horizon_only_if_it_says_so() {
        CalendarVersions versions = CalendarVersions.of(CN.withProvisional(NEW_YEAR, LocalDate.of(2030, 12, 31)));
        CalendarDefinition y2027 = CalendarDefinition.builder(CN.id(), CN.zone())
                .mondayToFriday(DayHours.parse("09:00-12:00,13:30-17:30"))
                .horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
                .holidays(LocalDate.of(2027, 1, 1)).build();
        CalendarDefinition bare = versions.adopt(y2027).latest().calendar().definition();
        assertEquals(LocalDate.of(2027, 12, 31), bare.lastDay());
        CalendarDefinition guessing = versions.adopt(y2027.withProvisional(NEW_YEAR, LocalDate.of(2030, 12, 31)))
                .latest().calendar().definition();
        assertEquals(LocalDate.of(2027, 12, 31), guessing.validTo());
        assertEquals(LocalDate.of(2030, 12, 31), guessing.lastDay());
        assertTrue(guessing.isProvisional(LocalDate.of(2028, 1, 3)));
    }
}
