/**
 * The work between the decisions on a complaint: case notes (the work log), evidence kept by reference, the
 * log of contacts with the customer, interim replies and internal reports. Start with
 * {@link org.complaintkit.api.casework.WorkLogEntry}, what a reader sees of them.
 */
package org.complaintkit.api.casework;
