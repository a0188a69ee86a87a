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

    /**
     * How the last day of a calendar-day period is fixed.
     */
    enum LastDay {
        /** The n-th calendar day, whatever day it is: "以内" includes the boundary day (CBIRC Art. 43). */
        AS_COUNTED,
        /**
         * 民法典 Art. 203: a last day that is a rest day (a statutory holiday or a weekend day that is not a make-up
         * working day) moves to the day after the rest ends ("期间的最后一日是法定休假日的，以法定休假日结束的次日为
         * 期间的最后一日"). The deadline then depends on the calendar's holidays, and on its horizon.
         */
        CIVIL_CODE_ART_203
    }

    /**
     * Calendar days counted inclusively ("以内"): by the end of the n-th calendar day after the day the
     * clock started, such as "15 days" (CBIRC Art. 18); with {@link LastDay#CIVIL_CODE_ART_203}, a last day
     * that is a rest day moves to the next working day.
     *
     * @param days n, at least 1
     * @param lastDay how the last day is fixed
     */
    record CalendarDays(int days, LastDay lastDay) implements ClockTarget {
        /**
         * Checks the components.
         *
         * @param days n, at least 1
         * @param lastDay how the last day is fixed
         */
        public CalendarDays {
            if (days < 1) {
                throw new IllegalArgumentException("count calendar days from 1");
            }
            Objects.requireNonNull(lastDay, "lastDay");
        }

        /**
         * Calendar days with the last day as counted, the default reading.
         *
         * @param days n, at least 1
         */
        public CalendarDays(int days) {
            this(days, LastDay.AS_COUNTED);
        }

        /**
         * Calendar days whose last day moves past rest days by 民法典 Art. 203.
         *
         * @param days n, at least 1
         * @return the target
         */
        public static CalendarDays civilCode(int days) {
            return new CalendarDays(days, LastDay.CIVIL_CODE_ART_203);
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
