/**
 * The complaint aggregate: {@link org.complaintkit.core.complaint.ComplaintDecisions} turns allowed
 * commands into events and {@link org.complaintkit.core.complaint.ComplaintAggregate} folds events into
 * state.
 */
package org.complaintkit.core.complaint;
