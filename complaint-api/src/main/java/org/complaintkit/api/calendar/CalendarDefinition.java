package org.complaintkit.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * What a business calendar is made of: a time zone, the working windows of each weekday, public
 * holidays, make-up working days (调休: weekend days worked instead of a holiday, with their own hours),
 * special hours for single dates, and the range of dates it knows officially (its horizon). Computations
 * outside the horizon fail with {@link ErrorCode#BEYOND_CALENDAR_HORIZON}; a calendar never guesses unless
 * the host asks it to.
 *
 * <p>A host asks with {@link #withProvisional}: a {@link ProvisionalRule} extends the calendar past its
 * official horizon up to a provisional horizon. Every date then answers whether it is official or
 * provisional ({@link #isOfficial}, {@link #isProvisional}); a provisional date has the weekly hours unless
 * the rule makes it a holiday, and never a make-up working day. Computations reach the provisional horizon,
 * and whoever uses a provisional date says so (deadlines are marked provisional).
 *
 * <p>The hours of a date are, first match wins: its special hours; closed if it is a holiday; its
 * make-up hours; the weekly pattern for its weekday.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder}.
 *
 * @param id a name for the calendar, for example {@code CN-mainland}
 * @param zone the time zone its local times are in
 * @param weekly the working hours of each weekday; a missing weekday is closed
 * @param holidays the public holidays
 * @param makeUpDays the make-up working days with their hours
 * @param specialHours special hours for single dates
 * @param validFrom the first date the calendar knows
 * @param validTo the last date the calendar knows officially: its official horizon
 * @param provisional how dates after {@code validTo} are guessed, or null if they are not
 * @param provisionalTo the last date guessed (the provisional horizon), or null if none is
 */
public record CalendarDefinition(String id, ZoneId zone, Map<DayOfWeek, DayHours> weekly, Set<LocalDate> holidays,
                                 Map<LocalDate, DayHours> makeUpDays, Map<LocalDate, DayHours> specialHours,
                                 LocalDate validFrom, LocalDate validTo, ProvisionalRule provisional,
                                 LocalDate provisionalTo) {
    /** The last date a calendar may know. */
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    /** The first date a calendar may know. */
    public static final LocalDate EARLIEST = LocalDate.of(1971, 1, 1);

    /**
     * Copies the collections and checks that the parts fit together, reporting every problem.
     *
     * @param id a name for the calendar, for example {@code CN-mainland}
     * @param zone the time zone its local times are in
     * @param weekly the working hours of each weekday; a missing weekday is closed
     * @param holidays the public holidays
     * @param makeUpDays the make-up working days with their hours
     * @param specialHours special hours for single dates
     * @param validFrom the first date the calendar knows
     * @param validTo the last date the calendar knows officially
     * @param provisional how dates after {@code validTo} are guessed, or null
     * @param provisionalTo the last date guessed, or null; given exactly when {@code provisional} is
     */
    public CalendarDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        EnumMap<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        week.putAll(weekly);
        weekly = Map.copyOf(week);
        holidays = Set.copyOf(new TreeSet<>(holidays));
        makeUpDays = Map.copyOf(new TreeMap<>(makeUpDays));
        specialHours = Map.copyOf(new TreeMap<>(specialHours));
        List<Violation> problems = new ArrayList<>();
        if (validTo.isBefore(validFrom)) {
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, "validTo", "the horizon ends before it starts"));
        }
        if (validFrom.isBefore(EARLIEST) || validTo.isAfter(LATEST)) {
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, "validTo",
                    "the horizon must lie between " + EARLIEST + " and " + LATEST));
        }
        for (LocalDate d : holidays) {
            if (makeUpDays.containsKey(d)) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, "holidays",
                        d + " is both a holiday and a make-up working day"));
            }
        }
        List<LocalDate> dated = new ArrayList<>(holidays);
        dated.addAll(makeUpDays.keySet());
        dated.addAll(specialHours.keySet());
        for (LocalDate d : new TreeSet<>(dated)) {
            if (d.isBefore(validFrom) || d.isAfter(validTo)) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, "dates", d + " lies outside the horizon"));
            }
        }
        for (Map.Entry<LocalDate, DayHours> e : makeUpDays.entrySet()) {
            if (!e.getValue().isWorking()) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, "makeUpDays",
                        e.getKey() + " is a make-up working day without working hours"));
            }
        }
        if ((provisional == null) != (provisionalTo == null)) {
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, "provisionalTo",
                    "a provisional rule and its horizon are given together or not at all"));
        } else if (provisionalTo != null && (!provisionalTo.isAfter(validTo) || provisionalTo.isAfter(LATEST))) {
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, "provisionalTo",
                    "the provisional horizon must lie after the official horizon " + validTo + " and no later than "
                            + LATEST));
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(problems);
        }
    }

    /**
     * A calendar with no provisional part: every date it knows is official.
     *
     * @param id a name for the calendar, for example {@code CN-mainland}
     * @param zone the time zone its local times are in
     * @param weekly the working hours of each weekday; a missing weekday is closed
     * @param holidays the public holidays
     * @param makeUpDays the make-up working days with their hours
     * @param specialHours special hours for single dates
     * @param validFrom the first date the calendar knows
     * @param validTo the last date the calendar knows
     */
    public CalendarDefinition(String id, ZoneId zone, Map<DayOfWeek, DayHours> weekly, Set<LocalDate> holidays,
                              Map<LocalDate, DayHours> makeUpDays, Map<LocalDate, DayHours> specialHours,
                              LocalDate validFrom, LocalDate validTo) {
        this(id, zone, weekly, holidays, makeUpDays, specialHours, validFrom, validTo, null, null);
    }

    /**
     * Returns this calendar extended past its official horizon by a provisional rule, up to a date: what a
     * host asks for when clocks must keep computing after the official data ends. Replaces any provisional
     * part it had.
     *
     * @param rule how the dates after the official horizon are guessed
     * @param until the last date guessed, after the official horizon
     * @return a new definition
     * @throws CalendarException if {@code until} is not after the official horizon
     */
    public CalendarDefinition withProvisional(ProvisionalRule rule, LocalDate until) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(until, "until");
        return new CalendarDefinition(id, zone, weekly, holidays, makeUpDays, specialHours, validFrom, validTo, rule,
                until);
    }

    /**
     * Tells whether some weekday has working hours.
     *
     * @return false for a calendar of calendar days only
     */
    public boolean hasWeeklyHours() {
        return weekly.values().stream().anyMatch(h -> !h.windows().isEmpty());
    }

    /**
     * Returns this calendar with its official dates only.
     *
     * @return a definition with no provisional part
     */
    public CalendarDefinition withoutProvisional() {
        return provisional == null ? this
                : new CalendarDefinition(id, zone, weekly, holidays, makeUpDays, specialHours, validFrom, validTo);
    }

    /**
     * Returns the last date the calendar can compute on: the provisional horizon if there is one, else the
     * official horizon.
     *
     * @return the last date known, officially or provisionally
     */
    public LocalDate lastDay() {
        return provisionalTo != null ? provisionalTo : validTo;
    }

    /**
     * Tells whether a date is known officially: within the official horizon.
     *
     * @param date the date
     * @return true for an official date
     */
    public boolean isOfficial(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    /**
     * Tells whether a date is only guessed: after the official horizon, up to the provisional horizon.
     *
     * @param date the date
     * @return true for a provisional date
     */
    public boolean isProvisional(LocalDate date) {
        return provisionalTo != null && date.isAfter(validTo) && !date.isAfter(provisionalTo);
    }

    /**
     * Starts a calendar.
     *
     * @param id its name
     * @param zone its time zone
     * @return a builder
     */
    public static Builder builder(String id, ZoneId zone) {
        return new Builder(id, zone);
    }

    /**
     * Tells whether the calendar can compute on a date: an official or a provisional one.
     *
     * @param date the date
     * @return true if the calendar knows it, officially or provisionally
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(lastDay());
    }

    /**
     * Returns the working hours of a date.
     *
     * @param date the date
     * @return its hours, {@link DayHours#CLOSED} on a day off; on a provisional date the weekly hours unless
     *     the provisional rule makes it a holiday
     * @throws CalendarException coded {@link ErrorCode#BEYOND_CALENDAR_HORIZON} outside the horizon (the
     *     provisional one, if there is one)
     */
    public DayHours hoursOn(LocalDate date) {
        if (!covers(date)) {
            throw CalendarException.of(ErrorCode.BEYOND_CALENDAR_HORIZON, "date",
                    "calendar " + id + " knows " + validFrom + " to " + lastDay() + ", not " + date);
        }
        if (date.isAfter(validTo)) {
            return provisional.isHoliday(date) ? DayHours.CLOSED
                    : weekly.getOrDefault(date.getDayOfWeek(), DayHours.CLOSED);
        }
        DayHours special = specialHours.get(date);
        if (special != null) {
            return special;
        }
        if (holidays.contains(date)) {
            return DayHours.CLOSED;
        }
        DayHours makeUp = makeUpDays.get(date);
        if (makeUp != null) {
            return makeUp;
        }
        return weekly.getOrDefault(date.getDayOfWeek(), DayHours.CLOSED);
    }

    @Override
    public String toString() {
        return "CalendarDefinition[" + id + ", " + zone + ", " + validFrom + ".." + validTo + ", " + holidays.size()
                + " holidays, " + makeUpDays.size() + " make-up days"
                + (provisional == null ? "" : ", provisional to " + provisionalTo + " on " + provisional.basis()) + "]";
    }

    /** Assembles a {@link CalendarDefinition}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final ZoneId zone;
        private final Map<DayOfWeek, DayHours> weekly = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Map<LocalDate, DayHours> makeUpDays = new TreeMap<>();
        private final Map<LocalDate, DayHours> specialHours = new TreeMap<>();
        private LocalDate validFrom;
        private LocalDate validTo;
        private ProvisionalRule provisional;
        private LocalDate provisionalTo;
        private boolean calendarDaysOnly;

        private Builder(String id, ZoneId zone) {
            this.id = id;
            this.zone = zone;
        }

        /**
         * Sets the hours of some weekdays.
         *
         * @param hours the hours
         * @param days the weekdays
         * @return this builder
         */
        public Builder weekly(DayHours hours, DayOfWeek... days) {
            for (DayOfWeek d : days) {
                weekly.put(d, hours);
            }
            return this;
        }

        /**
         * Sets the same hours Monday to Friday.
         *
         * @param hours the hours
         * @return this builder
         */
        public Builder mondayToFriday(DayHours hours) {
            return weekly(hours, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY);
        }

        /**
         * Adds public holidays.
         *
         * @param dates the holidays
         * @return this builder
         */
        public Builder holidays(LocalDate... dates) {
            holidays.addAll(List.of(dates));
            return this;
        }

        /**
         * Adds a make-up working day with its hours.
         *
         * @param date the date
         * @param hours its hours
         * @return this builder
         */
        public Builder makeUpDay(LocalDate date, DayHours hours) {
            makeUpDays.put(date, hours);
            return this;
        }

        /**
         * Sets special hours for one date.
         *
         * @param date the date
         * @param hours its hours
         * @return this builder
         */
        public Builder specialHours(LocalDate date, DayHours hours) {
            specialHours.put(date, hours);
            return this;
        }

        /**
         * Sets the horizon.
         *
         * @param from the first date known
         * @param to the last date known
         * @return this builder
         */
        public Builder horizon(LocalDate from, LocalDate to) {
            this.validFrom = from;
            this.validTo = to;
            return this;
        }

        /**
         * Extends the calendar past its official horizon by a provisional rule.
         *
         * @param rule how the dates after the official horizon are guessed
         * @param until the last date guessed
         * @return this builder
         */
        public Builder provisional(ProvisionalRule rule, LocalDate until) {
            this.provisional = rule;
            this.provisionalTo = until;
            return this;
        }

        /**
         * Builds and checks the definition.
         *
         * @return the definition
         * @throws CalendarException listing every inconsistency
         */
        /**
         * Declares a calendar with no weekly working hours, for clocks counted only in calendar days or elapsed
         * time. Without this declaration such a calendar is refused: a deadline in working days or working time
         * would never fall due on it.
         *
         * @return this builder
         */
        public Builder calendarDaysOnly() {
            this.calendarDaysOnly = true;
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition
         * @throws CalendarException coded {@link ErrorCode#INVALID_CALENDAR} if it is inconsistent, or has no weekly
         *     working hours and was not declared {@link #calendarDaysOnly()}
         */
        public CalendarDefinition build() {
            CalendarDefinition built = new CalendarDefinition(id, zone, weekly, holidays, makeUpDays, specialHours,
                    validFrom, validTo, provisional, provisionalTo);
            if (!calendarDaysOnly && !built.hasWeeklyHours()) {
                throw CalendarException.of(ErrorCode.INVALID_CALENDAR, "weekly", "calendar " + id + " has no weekly "
                        + "working hours: give them, or declare it calendarDaysOnly() if its clocks count calendar "
                        + "days only");
            }
            return built;
        }
    }
}
