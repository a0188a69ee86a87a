package org.complaintkit.core.engine;

import org.complaintkit.api.command.ExpectedVersion;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;

/**
 * The rule a command sent with an {@link ExpectedVersion} must pass: it was decided on the version the complaint
 * is at. {@link CommandBus} checks it on the history the command is decided on, after the access check and before
 * the lifecycle, and the append then goes at that same version, so the store's optimistic check closes any window
 * between the two: a complaint that moves meanwhile makes the append conflict, and the command is decided again
 * on a fresh read, where this rule refuses it. A repeated idempotency key is answered with its first result
 * before this rule can refuse it.
 */
enum VersionRule {
    /** The complaint is at the version the caller expected: nothing was recorded on it since they read it. */
    DECIDED_ON_THE_CURRENT_VERSION("decided on the version the complaint is at", ErrorCode.STALE_VERSION);

    private final String label;
    private final ErrorCode code;

    VersionRule(String label, ErrorCode code) {
        this.label = label;
        this.code = code;
    }

    /**
     * Returns the rule's name for people.
     *
     * @return the name
     */
    String label() {
        return label;
    }

    /**
     * Returns the code of a refusal under this rule.
     *
     * @return the code
     */
    ErrorCode code() {
        return code;
    }

    /**
     * Refuses a command decided on another version than the complaint's, naming both versions (no content).
     *
     * @param expected the version the caller decided on, or null for no condition
     * @param before the complaint as the command is decided on it
     * @throws StoreException under this rule's code if the versions differ
     */
    void check(ExpectedVersion expected, ComplaintState before) {
        if (expected != null && expected.version() != before.version()) {
            throw StoreException.of(code, "expectedVersion", "complaint " + before.id() + " is at version "
                    + before.version() + ", not " + expected.version() + " as the command expected (" + label
                    + "); read it again and decide anew");
        }
    }
}
