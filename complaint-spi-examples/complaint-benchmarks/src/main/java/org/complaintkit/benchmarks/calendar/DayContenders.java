package org.complaintkit.benchmarks.calendar;

import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;

/**
 * The working-day contenders, each given the same mainland-China calendar: weekends off, the published
 * holidays, and the make-up working days (调休) that fall on weekends. A library with no notion of a working
 * weekend day is given what it can take, and its answers on those days are counted as differences.
 */
public final class DayContenders {
    private DayContenders() {
    }

    /** The mainland calendar every contender is given. */
    public static final CalendarDefinition CHINA = CalendarFile.mainlandChina();

    /** ComplaintKit's indexed calendar. */
    public static WorkingDays complaintKit() {
        BusinessCalendar calendar = BusinessCalendar.of(CHINA);
        return new WorkingDays() {
            @Override
            public String name() {
                return "complaintkit";
            }

            @Override
            public LocalDate plus(LocalDate date, int n) {
                return calendar.plusWorkingDays(date, n);
            }

            @Override
            public int between(LocalDate from, LocalDate to) {
                return calendar.workingDaysBetween(from, to);
            }
        };
    }

    /** OpenGamma Strata's bitmask {@code ImmutableHolidayCalendar}, with the make-up days as working days. */
    public static WorkingDays strata() {
        HolidayCalendar calendar = ImmutableHolidayCalendar.of(HolidayCalendarId.of("CN-mainland"), CHINA.holidays(),
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), CHINA.makeUpDays().keySet());
        return new WorkingDays() {
            @Override
            public String name() {
                return "strata";
            }

            @Override
            public LocalDate plus(LocalDate date, int n) {
                return calendar.shift(date, n);
            }

            @Override
            public int between(LocalDate from, LocalDate to) {
                return calendar.daysBetween(from, to);
            }
        };
    }

    /**
     * ObjectLab Kit's date calculator. It knows holidays and a working week, not a Saturday that is worked,
     * so it answers wrongly around make-up days; the cross-check counts those answers.
     */
    public static WorkingDays objectLab() {
        Set<LocalDate> holidays = new TreeSet<>(CHINA.holidays());
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays("CN", new DefaultHolidayCalendar<>(holidays, CHINA.validFrom(), CHINA.validTo()));
        DateCalculator<LocalDate> calculator = factory.getDateCalculator("CN", HolidayHandlerType.FORWARD);
        return new WorkingDays() {
            @Override
            public String name() {
                return "objectlab";
            }

            @Override
            public LocalDate plus(LocalDate date, int n) {
                calculator.setStartDate(date);
                return calculator.moveByBusinessDays(n).getCurrentBusinessDate();
            }

            @Override
            public int between(LocalDate from, LocalDate to) {
                return calculator.getNumberOfBusinessDaysBetween(from, to);
            }
        };
    }

    /** Every contender, ComplaintKit first. */
    public static List<WorkingDays> all() {
        return List.of(complaintKit(), strata(), objectLab());
    }
}
