/**
 * Business calendars as data: working windows, weekly hours, holidays, make-up working days and a
 * horizon. Start with {@link org.complaintkit.api.calendar.CalendarDefinition}.
 */
package org.complaintkit.api.calendar;
