package org.complaintkit.api.access;

/**
 * What a view shows, as the access policy decides for one staff member and one complaint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personalData whether names, phone, ID and account numbers and addresses are shown unmasked
 * @param confidentialContent whether content the complainant asked to keep confidential is shown
 */
public record ViewRights(boolean personalData, boolean confidentialContent) {

    /** Nothing personal and nothing confidential: the default for staff with no part in the complaint. */
    public static final ViewRights MASKED = new ViewRights(false, false);

    /** Everything, for those handling or managing the complaint. */
    public static final ViewRights FULL = new ViewRights(true, true);
}
