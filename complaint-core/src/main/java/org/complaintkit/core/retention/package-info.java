/**
 * Retention: the shipped retention policies, the retention file format, the legal holds read from a complaint's
 * history, and the purge's request and report.
 */
package org.complaintkit.core.retention;
