package org.complaintkit.api.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How long a clock may run: one of the five forms the rules use. Time spent paused never counts: a
 * target measured in elapsed or working time is extended by exactly the paused time in that measure,
 * and a day-based target is turned into its deadline first and then extended the same way.
 *
 * <p>Every implementation is an immutable record.
 */
public sealed interface ClockTarget {

    /**
     * Elapsed time, such as "1 hour on site" or "8 weeks".
     *
     * @param duration the time allowed, positive
     */
    record Elapsed(Duration duration) implements ClockTarget {
        /**
         * Checks that the duration is positive.
         *
         * @param duration the time allowed, positive
         */
        public Elapsed {
            if (Objects.requireNonNull(duration, "duration").isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a target duration must be positive");
            }
        }
    }

    /**
     * Working time on the clock's calendar, such as "4 working hours".
     *
     * @param duration the working time allowed, positive
     */
    record WorkingTime(Duration duration) implements ClockTarget {
        /**
         * Checks that the duration is positive.
         *
         * @param duration the working time allowed, positive
         */
        public WorkingTime {
            if (Objects.requireNonNull(duration, "duration").isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a target duration must be positive");
            }
        }
    }

    /**
     * By the close of the n-th working day after the day the clock started, such as "15 business days"
     * (PSD2) or "by close of the 3rd business day" (FCA DISP 1.5).
     *
     * @param days n, at least 1
     */
    record WorkingDays(int days) implements ClockTarget {
        /**
         * Checks the count.
         *
         * @param days n, at least 1
         */
        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("count working days from 1");
            }
        }
    }

    /** Where the last day of a calendar-day period falls. */
    enum LastDay {
        /** Where it is counted, whatever day it is: "以内" includes the boundary day (CBIRC Art. 43). */
        AS_COUNTED,
        /**
         * Moved off rest days, as the Civil Code Art. 203 counts periods: a last day that is a rest day of the
         * clock's calendar moves to the first working day after it.
         */
        OFF_REST_DAYS
    }

    /**
     * Calendar days counted inclusively ("以内"): by the end of the n-th calendar day after the day the
     * clock started, such as "15 days" (CBIRC Art. 18).
     *
     * <p>Optionally, the rule of the Civil Code Art. 203 (民法典第二百零三条: "期间的最后一日是法定休假日的，以法定
     * 休假日结束的次日为期间的最后一日"): a last day that is a rest day of the clock's calendar (a holiday or a
     * weekly day off, 法定休假日 read as the courts read it, with 公休日) moves to the first working day after
     * it; a make-up working day (调休) is not a rest day. Off by default. With it on, the deadline needs the
     * calendar's data for its last day, and can be unknown or provisional past the calendar's horizon.
     *
     * @param days n, at least 1
     * @param lastDay where the last day falls: {@link LastDay#AS_COUNTED}, or {@link LastDay#OFF_REST_DAYS}
     */
    record CalendarDays(int days, LastDay lastDay) implements ClockTarget {
        /**
         * Checks the components.
         *
         * @param days n, at least 1
         * @param lastDay where the last day falls
         */
        public CalendarDays {
            if (days < 1) {
                throw new IllegalArgumentException("count calendar days from 1");
            }
            Objects.requireNonNull(lastDay, "lastDay");
        }

        /**
         * Calendar days counted literally: the last day stays where it falls.
         *
         * @param days n, at least 1
         */
        public CalendarDays(int days) {
            this(days, LastDay.AS_COUNTED);
        }

        /**
         * Calendar days whose last day moves off rest days, as the Civil Code Art. 203 counts periods.
         *
         * @param days n, at least 1
         * @return the target
         */
        public static CalendarDays civilCode(int days) {
            return new CalendarDays(days, LastDay.OFF_REST_DAYS);
        }

        /**
         * Tells whether the last day moves off rest days.
         *
         * @return true for {@link LastDay#OFF_REST_DAYS}
         */
        public boolean lastDayOffRestDays() {
            return lastDay == LastDay.OFF_REST_DAYS;
        }
    }

    /**
     * By a local time on the n-th working day after the day the clock started.
     *
     * @param days n, at least 1
     * @param time the local time on that day
     */
    record ByTimeOnWorkingDay(int days, LocalTime time) implements ClockTarget {
        /**
         * Checks the components.
         *
         * @param days n, at least 1
         * @param time the local time on that day
         */
        public ByTimeOnWorkingDay {
            Objects.requireNonNull(time, "time");
            if (days < 1) {
                throw new IllegalArgumentException("count working days from 1");
            }
        }
    }
}
