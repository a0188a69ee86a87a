/**
 * Accountability (责任追究, DOMAIN.md §1 step 11): the responsibility finding, the accountability cases the engine
 * opens on the seed's triggers, their decisions and sanctions, and who they concern. Start with
 * {@link org.complaintkit.core.accountability.AccountabilityPolicy} and
 * {@link org.complaintkit.core.accountability.Accountability}.
 */
package org.complaintkit.core.accountability;
