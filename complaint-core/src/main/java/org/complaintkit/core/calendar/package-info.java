/**
 * Business-calendar arithmetic: {@link org.complaintkit.core.calendar.BusinessCalendar}, with an
 * indexed implementation proven equal to a reference one. Calendars are read from files
 * ({@link org.complaintkit.core.calendar.CalendarFile}), iCalendar feeds
 * ({@link org.complaintkit.core.calendar.ICalendarImport}) or the State Council's holiday notices
 * ({@link org.complaintkit.core.calendar.StateCouncilNotice}); the statutory holidays of mainland China
 * for years no notice covers yet are in {@link org.complaintkit.core.calendar.StatutoryHolidays}.
 */
package org.complaintkit.core.calendar;
