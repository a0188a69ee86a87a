package org.complaintkit.api.complaint;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * One thing a complaint is about (投诉对象): a product, a unit or a staff member.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of thing
 * @param reference the product code, unit id or staff id, an identifier
 */
public record ComplaintSubject(@NotNull SubjectKind kind, @NotNull String reference) {

    /**
     * Checks the reference when present; nulls are left to validation.
     *
     * @param kind what kind of thing
     * @param reference the product code, unit id or staff id, an identifier
     */
    public ComplaintSubject {
        if (reference != null) {
            Checks.identifier(reference, "subject.reference");
        }
    }

    /**
     * A complaint about a product.
     *
     * @param productCode the host's product code
     * @return the subject
     */
    public static ComplaintSubject product(String productCode) {
        return new ComplaintSubject(SubjectKind.PRODUCT, productCode);
    }

    /**
     * A complaint about a unit.
     *
     * @param unit the unit
     * @return the subject
     */
    public static ComplaintSubject unit(UnitId unit) {
        return new ComplaintSubject(SubjectKind.UNIT, unit.value());
    }

    /**
     * A complaint about a staff member.
     *
     * @param staff the staff member
     * @return the subject
     */
    public static ComplaintSubject staff(StaffId staff) {
        return new ComplaintSubject(SubjectKind.STAFF, staff.value());
    }

    /**
     * Returns the staff member complained about, if this subject is one.
     *
     * @return the staff id, or empty
     */
    public Optional<StaffId> staffMember() {
        return kind == SubjectKind.STAFF ? Optional.of(new StaffId(reference)) : Optional.empty();
    }
}
