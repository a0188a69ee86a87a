/**
 * Statistics over stored complaints, read through the store's report stream
 * ({@link org.complaintkit.spi.storage.ComplaintStore#scan}) one complaint at a time: the facts each
 * complaint contributes ({@link org.complaintkit.core.reporting.ComplaintFacts}) and counts by any
 * combination of dimensions ({@link org.complaintkit.core.reporting.Tally}).
 *
 * <p><b>Host-only.</b> The reports read the store directly and check no reader: they are for the host's own jobs
 * (the regulator's returns, the unit report, the daily incident report). They carry no personal data: counts,
 * units, classes, clock results and durations, never a name, contact or complaint text. The one report that
 * names staff, {@link org.complaintkit.core.reporting.PerformanceFeed}, takes its reader and counts only the
 * complaints the access policy lets that reader see.
 */
package org.complaintkit.core.reporting;
