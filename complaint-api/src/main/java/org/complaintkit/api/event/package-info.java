/**
 * Events: the immutable history of each complaint. Start with
 * {@link org.complaintkit.api.event.ComplaintEvent}.
 */
package org.complaintkit.api.event;
