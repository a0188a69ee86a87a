package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.junit.jupiter.api.Test;

class CalendarVersionsTest {

    @Property(tries = 200)
    void a_new_version_keeps_the_old_hours_before_its_date_and_takes_the_new_hours_from_it(@ForAll long seed) {
        CalendarDefinition old = CalendarArbitraries.definition(seed);
        Random r = new Random(seed);
        LocalDate effective = old.validFrom().plusDays(1 + r.nextInt((int) (old.validTo().toEpochDay() - old.validFrom().toEpochDay())));
        CalendarDefinition.Builder changedBuilder = CalendarDefinition.builder(old.id(), old.zone())
                .horizon(effective.minusDays(r.nextInt(10)), old.validTo().plusDays(r.nextInt(100)));
        boolean working = false;
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            DayHours hours = CalendarArbitraries.randomHours(r);
            working |= hours.isWorking();
            changedBuilder.weekly(hours, d);
        }
        if (!working) {
            // Seven closed days (about once in 120,000 draws) make a calendar the builder rightly refuses (CMP-5002)
            // unless declared for calendar days only; keep one weekday open, as CalendarArbitraries.definition does.
            changedBuilder.weekly(DayHours.parse("09:00-17:00"), java.time.DayOfWeek.WEDNESDAY);
        }
        CalendarDefinition changed = changedBuilder.build();
        CalendarVersions history = CalendarVersions.of(old).change(effective, changed);
        BusinessCalendar v2 = history.latest().calendar();
        assertEquals(2, history.latest().number());
        for (LocalDate d = old.validFrom(); !d.isAfter(changed.validTo()); d = d.plusDays(1)) {
            DayHours expected = d.isBefore(effective) ? old.hoursOn(d) : changed.hoursOn(d);
            assertEquals(expected, v2.definition().hoursOn(d), d.toString());
        }
        assertSame(history.version(1).calendar().definition(), old);
    }

    @Test
    void a_change_in_another_zone_or_before_the_last_change_is_refused() {
        CalendarDefinition cn = CalendarFile.mainlandChina();
        CalendarDefinition utc = CalendarDefinition.builder(cn.id(), ZoneId.of("UTC"))
                .mondayToFriday(DayHours.parse("09:00-17:00"))
                .horizon(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)).build();
        assertThrows(CalendarException.class, () -> CalendarVersions.of(cn).change(LocalDate.of(2026, 6, 1), utc));
        CalendarDefinition longer = CalendarDefinition.builder(cn.id(), cn.zone())
                .mondayToFriday(DayHours.parse("09:00-17:00"))
                .horizon(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)).build();
        CalendarVersions two = CalendarVersions.of(cn).change(LocalDate.of(2026, 6, 1), longer);
        assertThrows(CalendarException.class, () -> two.change(LocalDate.of(2026, 5, 1), longer));
        assertEquals("CN-mainland v2 (from 2026-06-01)", two.latest().label());
        assertTrue(two.latest().calendar().isWorkingDay(LocalDate.of(2027, 3, 1)), "the new horizon reaches 2027");
    }
}
