/**
 * Reads a complaint's case work from its history: the work log a reader sees, whether the customer was reached,
 * and the attached documents checked against the evidence store. Start with
 * {@link org.complaintkit.core.casework.CaseWork}.
 */
package org.complaintkit.core.casework;
