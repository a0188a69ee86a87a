package org.complaintkit.core.classification;

/**
 * How far apart the complaints of one group may have been received: the incident scope that, with the class, the
 * products, the rules that found the class and the group window, makes the group key (issue 23: one outage reported
 * at six outlets is one incident).
 */
public enum GroupScope {
    /**
     * Only complaints received at the same unit form a group: the engine's behaviour before scopes existed, and the
     * fingerprint it stored then.
     */
    RECEIVING_UNIT,
    /**
     * Complaints received anywhere under the same branch (the nearest unit at {@code BRANCH} level at or above the
     * receiving unit, from the organisation directory's hierarchy) form a group; a unit with no branch above it
     * (the head office, a provincial branch) is its own scope. Needs an organisation directory: an engine built
     * with this scope and none is refused ({@code CMP-4020}).
     */
    BRANCH,
    /** Complaints received anywhere in the bank form a group. */
    BANK
}
