/**
 * Tiered handling (分级处理, seed 003): a ladder of tiers, each with the roles its staff hold and the amounts it may
 * grant, that a complaint climbs by hand-up. Start with {@link org.complaintkit.core.tier.TierLadder}; the card
 * centre's four tiers are {@link org.complaintkit.core.tier.TierLadder#cardCentre()}.
 */
package org.complaintkit.core.tier;
