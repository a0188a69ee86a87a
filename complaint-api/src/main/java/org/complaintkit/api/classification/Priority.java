package org.complaintkit.api.classification;

/**
 * How urgently a complaint is handled, derived by rules and explained like a class.
 */
public enum Priority {
    /** Handled in turn. */
    NORMAL,
    /** Handled before normal complaints. */
    HIGH,
    /** Handled at once, with the supervisor told. */
    URGENT
}
