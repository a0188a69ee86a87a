package org.complaintkit.spi.observation;

/**
 * How a command the engine was given ended, as {@link EngineObserver#commandHandled} reports it.
 */
public enum CommandOutcome {
    /** The command's events were appended. */
    ACCEPTED,
    /** The command repeated an idempotency key already applied: the first result was returned, nothing appended. */
    REPLAYED,
    /**
     * The command was malformed ({@code CMP-1xxx}) or refused by the lifecycle, the access policy or a rule
     * ({@code CMP-2xxx}); nothing was stored.
     */
    REFUSED,
    /**
     * The command did not go through for a reason of storage or configuration: a version conflict, a reused key, a
     * store that failed or could not be reached ({@code CMP-3xxx}), or an unexpected error; nothing was stored.
     */
    FAILED
}
