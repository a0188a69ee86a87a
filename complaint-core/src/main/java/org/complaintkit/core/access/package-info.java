/**
 * Access control and confidentiality: the standard access policy, masking of personal data, and the
 * views staff read complaints through. Start with {@link org.complaintkit.core.access.StandardAccessPolicy}.
 */
package org.complaintkit.core.access;
