package org.complaintkit.benchmarks.calendar;

import java.time.LocalDate;

/**
 * Working-day arithmetic on one calendar: the adapter the working-day benchmarks time. Implementations are
 * immutable or thread-confined, as JMH gives each thread its own.
 */
public interface WorkingDays {
    /**
     * Returns the contender's name.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the n-th working day after a date (the date itself not counted).
     *
     * @param date the date
     * @param n how many working days, positive
     * @return the working day reached
     */
    LocalDate plus(LocalDate date, int n);

    /**
     * Counts working days from {@code from} (included) to {@code to} (excluded).
     *
     * @param from the first date
     * @param to the date after the last, not before {@code from}
     * @return the count
     */
    int between(LocalDate from, LocalDate to);
}
