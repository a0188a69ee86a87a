package org.complaintkit.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * The history of one business calendar. Each change applies from a given date: version n+1 keeps
 * version n's hours before that date and takes the new definition's from it on. Versions are numbered
 * from 1 so that each computed deadline can record the version it used, and a later version can be
 * compared with it when open clocks are recalculated.
 *
 * <p>Immutable and thread-safe: {@link #change} returns a new history.
 */
public final class CalendarVersions {

    /**
     * One version.
     *
     * @param number the version number, from 1
     * @param effectiveFrom the first date this version changed
     * @param calendar the calendar of this version, covering every date of the history
     */
    public record Version(int number, LocalDate effectiveFrom, BusinessCalendar calendar) {
        /**
         * Checks the components.
         *
         * @param number the version number, from 1
         * @param effectiveFrom the first date this version changed
         * @param calendar the calendar of this version, covering every date of the history
         */
        public Version {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(calendar, "calendar");
            if (number < 1) {
                throw new IllegalArgumentException("versions are numbered from 1");
            }
        }

        /**
         * Returns a label for records and explanations, such as {@code CN-mainland v2 (from 2026-01-01)}.
         *
         * @return the label
         */
        public String label() {
            return calendar.definition().id() + " v" + number + " (from " + effectiveFrom + ")";
        }
    }

    private final List<Version> versions;

    private CalendarVersions(List<Version> versions) {
        this.versions = List.copyOf(versions);
    }

    /**
     * Starts a history with its first version.
     *
     * @param first the first definition
     * @return the history, at version 1
     */
    public static CalendarVersions of(CalendarDefinition first) {
        return of(BusinessCalendar.of(first));
    }

    /**
     * Starts a history with a calendar already built as its first version.
     *
     * @param first the first calendar
     * @return the history, at version 1
     */
    public static CalendarVersions of(BusinessCalendar first) {
        return new CalendarVersions(List.of(new Version(1, first.definition().validFrom(), first)));
    }

    /**
     * Adds a version that applies the given definition from a date on.
     *
     * @param effectiveFrom the first date the change applies to; after the latest version's, within both horizons
     *     or on the day after the current horizon
     * @param changed the new definition, in the same zone and with the same id
     * @return the new history
     * @throws CalendarException if the change does not fit the history
     */
    public CalendarVersions change(LocalDate effectiveFrom, CalendarDefinition changed) {
        CalendarDefinition current = latest().calendar().definition();
        if (!changed.zone().equals(current.zone()) || !changed.id().equals(current.id())
                || !effectiveFrom.isAfter(latest().effectiveFrom())
                || effectiveFrom.isAfter(current.validTo().plusDays(1))
                || !changed.covers(effectiveFrom)) {
            throw CalendarException.of(ErrorCode.INVALID_CALENDAR, "effectiveFrom", "a change of calendar "
                    + current.id() + " must keep its id and zone, apply after " + latest().effectiveFrom()
                    + ", no later than " + current.validTo().plusDays(1) + ", and within the new horizon");
        }
        CalendarDefinition.Builder merged = CalendarDefinition.builder(current.id(), current.zone())
                .horizon(current.validFrom(), changed.validTo());
        current.weekly().forEach((day, hours) -> merged.weekly(hours, day));
        if (!changed.hasWeeklyHours() && !current.hasWeeklyHours()) {
            merged.calendarDaysOnly();
        }
        for (LocalDate d = current.validFrom(); d.isBefore(effectiveFrom); d = d.plusDays(1)) {
            if (current.specialHours().containsKey(d)) {
                merged.specialHours(d, current.specialHours().get(d));
            } else if (current.holidays().contains(d)) {
                merged.holidays(d);
            } else if (current.makeUpDays().containsKey(d)) {
                merged.makeUpDay(d, current.makeUpDays().get(d));
            }
        }
        for (LocalDate d = effectiveFrom; !d.isAfter(changed.validTo()); d = d.plusDays(1)) {
            DayHours hours = changed.hoursOn(d);
            // the merged calendar keeps the current weekly pattern, so dates that differ from it are special
            if (!hours.equals(current.weekly().getOrDefault(d.getDayOfWeek(), DayHours.CLOSED))) {
                merged.specialHours(d, hours);
            }
        }
        if (changed.provisional() != null) {
            merged.provisional(changed.provisional(), changed.provisionalTo());
        }
        List<Version> next = new ArrayList<>(versions);
        next.add(new Version(versions.size() + 1, effectiveFrom, BusinessCalendar.of(merged.build())));
        return new CalendarVersions(next);
    }

    /**
     * Adopts a new calendar, such as the official data of the next year, from the first date on which it
     * differs from the latest version: {@code adopt(firstChange(next), next)}. A definition with the latest
     * version's id that differs on no date is the one in force: the history is returned as it is.
     *
     * @param next the new definition, in the same zone; it may have another id
     * @return the new history
     * @throws CalendarException if the definition does not fit the history (see {@link #adopt(LocalDate,
     *     CalendarDefinition)})
     */
    public CalendarVersions adopt(CalendarDefinition next) {
        LocalDate first = firstChange(next);
        if (first == null && next.id().equals(latest().calendar().definition().id())) {
            // The definition in force again: adopting it twice (a job run twice) changes nothing and adds no
            // version, so the record never shows a calendar change on a day when nothing changed.
            return this;
        }
        return adopt(first != null ? first : next.validFrom().isAfter(latest().effectiveFrom())
                ? next.validFrom() : latest().effectiveFrom().plusDays(1), next);
    }

    /**
     * Returns the first date on which a definition differs from the latest version, in its hours or in being
     * official or provisional, among the dates it knows.
     *
     * @param next the definition to compare
     * @return the first date that differs, or null if none does
     */
    public LocalDate firstChange(CalendarDefinition next) {
        CalendarDefinition current = latest().calendar().definition();
        LocalDate to = next.lastDay().isAfter(current.lastDay()) ? next.lastDay() : current.lastDay();
        for (LocalDate d = next.validFrom(); !d.isAfter(to); d = d.plusDays(1)) {
            if (!next.covers(d)) {
                return d;
            }
            if (!current.covers(d) || current.isProvisional(d) != next.isProvisional(d)
                    || !current.hoursOn(d).equals(next.hoursOn(d))) {
                return d;
            }
        }
        return null;
    }

    /**
     * Adopts a new calendar from a date on: the version takes the new definition's hours, official horizon
     * and provisional part from {@code effectiveFrom} on and keeps the latest version's hours before it (and
     * before the new definition's first date, so a definition of one year may apply from an earlier day). Unlike
     * {@link #change}, the new definition may have another id (the version is labelled with it), and the
     * date may be any day on or before the first day it changes, as long as it follows the latest version's.
     * The provisional part is the new definition's, and only that: nothing is guessed past the new official
     * horizon unless the new definition says so ({@code CalendarDefinition.withProvisional}).
     *
     * @param effectiveFrom the first date the version applies to
     * @param next the new definition, in the same zone
     * @return the new history
     * @throws CalendarException coded {@code INVALID_CALENDAR} if the zone differs, the date does not follow the
     *     latest version's or lies after the first day that changes, the new official horizon ends before the
     *     current one, or the new definition leaves a gap after the current official horizon
     */
    public CalendarVersions adopt(LocalDate effectiveFrom, CalendarDefinition next) {
        CalendarDefinition current = latest().calendar().definition();
        LocalDate first = firstChange(next);
        List<Violation> problems = new ArrayList<>();
        if (!next.zone().equals(current.zone())) {
            problems.add(invalid("zone", "calendar " + next.id() + " is in " + next.zone() + ", not " + current.zone()));
        }
        if (!effectiveFrom.isAfter(latest().effectiveFrom())) {
            problems.add(invalid("effectiveFrom", "a new version must apply after " + latest().effectiveFrom()));
        }
        if (first != null && effectiveFrom.isAfter(first)) {
            problems.add(invalid("effectiveFrom", "calendar " + next.id() + " changes " + first
                    + ", before the date it is said to apply from, " + effectiveFrom));
        }
        if (next.validTo().isBefore(current.validTo())) {
            problems.add(invalid("validTo", "the new official horizon " + next.validTo() + " ends before the current "
                    + current.validTo()));
        }
        if (next.validFrom().isAfter(current.validTo().plusDays(1))) {
            problems.add(invalid("validFrom", "calendar " + next.id() + " starts " + next.validFrom()
                    + ", leaving dates after " + current.validTo() + " unknown"));
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(problems);
        }
        CalendarDefinition.Builder merged = CalendarDefinition.builder(next.id(), next.zone())
                .horizon(current.validFrom(), next.validTo());
        next.weekly().forEach((day, hours) -> merged.weekly(hours, day));
        if (!next.hasWeeklyHours()) {
            merged.calendarDaysOnly();
        }
        for (LocalDate d = current.validFrom(); !d.isAfter(next.validTo()); d = d.plusDays(1)) {
            DayHours hours = d.isBefore(effectiveFrom) || d.isBefore(next.validFrom()) ? current.hoursOn(d) : next.hoursOn(d);
            if (!hours.equals(next.weekly().getOrDefault(d.getDayOfWeek(), DayHours.CLOSED))) {
                merged.specialHours(d, hours);
            }
        }
        if (next.provisional() != null) {
            merged.provisional(next.provisional(), next.provisionalTo());
        }
        List<Version> out = new ArrayList<>(versions);
        out.add(new Version(versions.size() + 1, effectiveFrom, BusinessCalendar.of(merged.build())));
        return new CalendarVersions(out);
    }

    private static Violation invalid(String path, String message) {
        return new Violation(ErrorCode.INVALID_CALENDAR, path, message);
    }

    /**
     * Adds a version that replaces the hours of every date, past ones included: a retroactive change, such
     * as the correction of a holiday entered wrongly. Open clocks recalculated on it are measured on the
     * corrected hours from their start; recorded outcomes stand.
     *
     * @param corrected the new definition, in the same zone and with the same id
     * @return the new history
     * @throws CalendarException if the definition does not keep the id and zone
     */
    public CalendarVersions retroactive(CalendarDefinition corrected) {
        CalendarDefinition current = latest().calendar().definition();
        if (!corrected.zone().equals(current.zone()) || !corrected.id().equals(current.id())) {
            throw CalendarException.of(ErrorCode.INVALID_CALENDAR, "corrected", "a correction of calendar "
                    + current.id() + " must keep its id and zone");
        }
        List<Version> next = new ArrayList<>(versions);
        next.add(new Version(versions.size() + 1, corrected.validFrom(), BusinessCalendar.of(corrected)));
        return new CalendarVersions(next);
    }

    /**
     * Returns the newest version.
     *
     * @return the latest version
     */
    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    /**
     * Returns a version by number.
     *
     * @param number the version number
     * @return the version
     * @throws IllegalArgumentException if there is no such version
     */
    public Version version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new IllegalArgumentException("no version " + number);
        }
        return versions.get(number - 1);
    }

    /**
     * Returns every version, oldest first.
     *
     * @return the versions
     */
    public List<Version> all() {
        return versions;
    }
}
