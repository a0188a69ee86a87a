package org.complaintkit.benchmarks.calendar;

import java.time.Instant;

/** Working-time arithmetic: the adapter the working-hours benchmark times. */
public interface WorkingTime {
    /**
     * Returns the contender's name.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the instant at which eight working hours have passed since {@code start}.
     *
     * @param start the start
     * @return the instant reached
     */
    Instant plusEightHours(Instant start);
}
