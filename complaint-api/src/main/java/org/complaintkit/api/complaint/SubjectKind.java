package org.complaintkit.api.complaint;

/**
 * What kind of thing a complaint is about (投诉对象).
 */
public enum SubjectKind {
    /** A product or service, named by the host's product code. */
    PRODUCT,
    /** An organisational unit. */
    UNIT,
    /** A staff member; that person is recused from the complaint and never sees it. */
    STAFF
}
