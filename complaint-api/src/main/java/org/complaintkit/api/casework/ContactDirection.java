package org.complaintkit.api.casework;

/** Who started a contact between the bank and the customer. */
public enum ContactDirection {
    /** The customer contacted the bank. */
    INBOUND,
    /** The bank contacted, or tried to contact, the customer. */
    OUTBOUND
}
