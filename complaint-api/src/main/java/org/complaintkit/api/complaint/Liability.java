package org.complaintkit.api.complaint;

/**
 * The bank's responsibility found when a complaint is closed (有责 / 无责 / 双方责任).
 */
public enum Liability {
    /** The bank is responsible (有责). */
    LIABLE,
    /** The bank is not responsible (无责). */
    NOT_LIABLE,
    /** Both parties share responsibility (双方责任). */
    SHARED
}
