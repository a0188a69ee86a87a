package org.complaintkit.api.casework;

/** How a contact or contact attempt with the customer ended. */
public enum ContactOutcome {
    /** The customer was reached and spoken to: the only outcome that counts as a first contact. */
    REACHED,
    /** Nobody answered, or the message went unanswered. */
    NO_ANSWER,
    /** The customer was reached but refused to talk. */
    REFUSED
}
