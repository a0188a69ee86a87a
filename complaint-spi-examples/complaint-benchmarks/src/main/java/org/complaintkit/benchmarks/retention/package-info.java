/**
 * The retention purge's rate on PostgreSQL: a store filled with expired closed complaints, purged in batches, each
 * step timed (issue 27 item 4).
 */
package org.complaintkit.benchmarks.retention;
