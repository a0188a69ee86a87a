/**
 * Routing as data: which department of which unit answers for a complaint, which departments co-handle
 * it, and the card centre's tiers. Start with {@link org.complaintkit.core.routing.Router}.
 */
package org.complaintkit.core.routing;
