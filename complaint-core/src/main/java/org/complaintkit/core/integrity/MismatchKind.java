package org.complaintkit.core.integrity;

/**
 * How something a store keeps beside a complaint's history, outside the seals, disagrees with what the sealed
 * history implies. A {@link Reconciler} finds them; {@link ChainVerifier} reports them with the chain.
 */
public enum MismatchKind {
    /** The store has no index row for a complaint whose history has events, so no query or sweep finds it. */
    INDEX_MISSING,
    /** The index row's status is not the status the history folds to; queries by status see another complaint. */
    STATUS,
    /**
     * The index row's next due instant is not the one the complaint's clocks derive from the history: a cleared
     * or later one keeps sweeps from recording warnings and breaches, an earlier one has them look for nothing.
     */
    NEXT_DUE,
    /**
     * Another column of the index row (the version, a unit, the customer, a time or the grouping fingerprint)
     * is not what the history implies.
     */
    INDEX,
    /**
     * A notice not yet delivered is addressed to another recipient, or another contact point, than the one the
     * history implies: it would reach someone else.
     */
    RECIPIENT,
    /**
     * A notice not yet delivered differs from the one the history implies in its type, template, parameters,
     * language, subject or text.
     */
    NOTICE,
    /** A notice not yet delivered that no event of the history causes: added, or moved to another event. */
    NOTICE_UNFOUNDED,
    /** The complaint changed on every attempt to compare it with its history; compare it again later. */
    UNSETTLED
}
