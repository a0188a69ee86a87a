package org.complaintkit.spi.notification;

import java.util.Objects;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import java.util.Locale;

/**
 * Who a notification is for: a staff member, everyone in a role, a unit's complaint desk, the
 * complainant through the contact point recorded on the complaint, or the body that forwarded the complaint at
 * the contact point the reply names. A contact point may be personal data, so {@link #toString()} names only its
 * method.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of recipient
 * @param reference the staff id, role code or unit id; the complaint id for the complainant; the kind of body
 *     ({@code REGULATOR}, {@code MEDIA}, ...) for a forwarding body
 * @param contact the complainant's or the forwarding body's contact point; null for every other kind
 */
public record Recipient(Kind kind, String reference, ContactPoint contact) {

    /** The kinds of recipient. */
    public enum Kind {
        /** One staff member. */
        STAFF,
        /** Everyone holding a role. */
        ROLE,
        /** A unit's complaint desk. */
        UNIT,
        /** The complainant, through the complaint's contact point. */
        CUSTOMER,
        /** The body that forwarded the complaint (a superior unit, the regulator, a consumer association, the media). */
        FORWARDING_BODY
    }

    /**
     * Checks the components.
     *
     * @param kind what kind of recipient
     * @param reference the staff id, role code or unit id; the complaint id for the complainant
     * @param contact the contact point; required for, and only for, {@link Kind#CUSTOMER} and
     *     {@link Kind#FORWARDING_BODY}
     */
    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if ((kind == Kind.CUSTOMER || kind == Kind.FORWARDING_BODY) != (contact != null)) {
            throw new IllegalArgumentException(
                    "a contact point is required for the customer and the forwarding body, and only for them");
        }
    }

    /**
     * A recipient without a contact point: a staff member, role or unit.
     *
     * @param kind what kind of recipient; not {@link Kind#CUSTOMER}
     * @param reference the staff id, role code or unit id
     */
    public Recipient(Kind kind, String reference) {
        this(kind, reference, null);
    }

    /**
     * One staff member.
     *
     * @param staff the staff member
     * @return the recipient
     */
    public static Recipient staff(StaffId staff) {
        return new Recipient(Kind.STAFF, staff.value());
    }

    /**
     * Everyone holding a role.
     *
     * @param role the role
     * @return the recipient
     */
    public static Recipient role(Role role) {
        return new Recipient(Kind.ROLE, role.code());
    }

    /**
     * A unit's complaint desk.
     *
     * @param unit the unit
     * @return the recipient
     */
    public static Recipient unit(UnitId unit) {
        return new Recipient(Kind.UNIT, unit.value());
    }

    /**
     * The complainant of a complaint, through its contact point.
     *
     * @param complaint the complaint's id, as text
     * @param contact the complainant's contact point
     * @return the recipient
     */
    public static Recipient customer(String complaint, ContactPoint contact) {
        return new Recipient(Kind.CUSTOMER, complaint, Objects.requireNonNull(contact, "contact"));
    }

    /**
     * The body that forwarded a complaint, at the contact point a reply names.
     *
     * @param body the kind of body, such as {@code REGULATOR}
     * @param contact where the body receives the reply
     * @return the recipient
     */
    public static Recipient forwardingBody(String body, ContactPoint contact) {
        return new Recipient(Kind.FORWARDING_BODY, body, Objects.requireNonNull(contact, "contact"));
    }

    /**
     * A short stable key for this recipient within one complaint, part of a notice's dedupe key: {@code staff:S-1001},
     * {@code unit:GD-SZ}, {@code role:handler}, {@code customer} or {@code forwarding_body:REGULATOR}. It holds no personal data.
     *
     * @return the key
     */
    public String key() {
        return kind == Kind.CUSTOMER ? "customer" : kind.name().toLowerCase(Locale.ROOT) + ":" + reference;
    }

    @Override
    public String toString() {
        return kind == Kind.CUSTOMER ? "Recipient[CUSTOMER via " + contact.method() + "]"
                : kind == Kind.FORWARDING_BODY ? "Recipient[FORWARDING_BODY " + reference + " via " + contact.method() + "]"
                : "Recipient[" + kind + " " + reference + "]";
    }
}
