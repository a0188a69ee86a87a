/**
 * The complaint and its value types: identifiers, the complainant, channels, the register entry
 * and the folded {@link org.complaintkit.api.complaint.ComplaintState}.
 */
package org.complaintkit.api.complaint;
