package org.complaintkit.spi.notification;

import java.util.Objects;

/**
 * Who a notification is for: a staff member, everyone in a role or unit, or the complainant
 * through the contact point recorded on the complaint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of recipient
 * @param reference the staff id, role code or unit id; the complaint id for the complainant
 */
public record Recipient(Kind kind, String reference) {

    /** The kinds of recipient. */
    public enum Kind {
        /** One staff member. */
        STAFF,
        /** Everyone holding a role. */
        ROLE,
        /** A unit's complaint desk. */
        UNIT,
        /** The complainant, through the complaint's contact point. */
        CUSTOMER
    }

    /**
     * Checks the components.
     *
     * @param kind what kind of recipient
     * @param reference the staff id, role code or unit id; the complaint id for the complainant
     */
    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }
}
