/**
 * Errors: every refusal is a {@link org.complaintkit.api.error.ComplaintKitException} carrying
 * violations with stable {@link org.complaintkit.api.error.ErrorCode}s.
 */
package org.complaintkit.api.error;
