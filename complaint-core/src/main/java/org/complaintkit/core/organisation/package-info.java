/**
 * Helpers for organisation directories, such as effective-dated versions of a bank's organisation.
 * Start with {@link org.complaintkit.core.organisation.EffectiveDatedDirectory}.
 */
package org.complaintkit.core.organisation;
