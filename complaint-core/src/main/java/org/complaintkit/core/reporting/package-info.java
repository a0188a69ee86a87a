/**
 * Statistics over stored complaints, read through the store's report stream
 * ({@link org.complaintkit.spi.storage.ComplaintStore#scan}) one complaint at a time: the facts each
 * complaint contributes ({@link org.complaintkit.core.reporting.ComplaintFacts}) and counts by any
 * combination of dimensions ({@link org.complaintkit.core.reporting.Tally}).
 */
package org.complaintkit.core.reporting;
