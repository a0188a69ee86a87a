package org.complaintkit.api.access;

/**
 * What a staff member asks to do with a complaint.
 */
public enum Permission {
    /** Read the complaint, through a view. */
    VIEW,
    /** Execute a command on it. */
    ACT,
    /** Place or lift a legal hold on it, which keeps its file past its retention. */
    LEGAL_HOLD,
    /** Erase its personal data by destroying its key. */
    ERASE_PERSONAL_DATA
}
