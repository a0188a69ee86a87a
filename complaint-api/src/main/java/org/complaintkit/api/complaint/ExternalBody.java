package org.complaintkit.api.complaint;

/**
 * An external body a complaint is referred to (DOMAIN.md §1; 调解 / 仲裁).
 */
public enum ExternalBody {
    /** A mediation organisation. */
    MEDIATION,
    /** An arbitration body. */
    ARBITRATION,
    /** A financial ombudsman service. */
    OMBUDSMAN,
    /** A regulator. */
    REGULATOR,
    /** A court. */
    COURT
}
