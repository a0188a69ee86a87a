/**
 * Business-calendar arithmetic: {@link org.complaintkit.core.calendar.BusinessCalendar}, with an
 * indexed implementation proven equal to a reference one.
 */
package org.complaintkit.core.calendar;
