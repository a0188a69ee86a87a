package org.complaintkit.core.calendar;

import org.complaintkit.api.calendar.CalendarDefinition;

/** Lets tests in other packages use the random calendars. */
public final class CalendarArbitrariesAccess {
    private CalendarArbitrariesAccess() {
    }

    public static CalendarDefinition definition(long seed) {
        return CalendarArbitraries.definition(seed);
    }
}
