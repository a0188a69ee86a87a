package org.complaintkit.api.organisation;

import org.complaintkit.api.error.Checks;

/**
 * A role a staff member holds, named by a host-defined code. The constants are the codes that
 * ComplaintKit's default policies recognise; a host may use any other codes as well.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the role code, an identifier
 */
public record Role(String code) {
    /** Receives and registers complaints at a counter, phone line or other channel. */
    public static final Role RECEIVER = new Role("receiver");
    /** Investigates and handles assigned complaints. */
    public static final Role HANDLER = new Role("handler");
    /** Approves proposed resolutions. */
    public static final Role APPROVER = new Role("approver");
    /** Works in the complaint-management unit: tracks, urges and supervises handling. */
    public static final Role COMPLAINT_MANAGER = new Role("complaint-manager");
    /** An automated component of the host, such as a scheduled SLA sweep. */
    public static final Role SYSTEM = new Role("system");

    /**
     * Checks the code.
     *
     * @param code the role code, an identifier
     */
    public Role {
        Checks.identifier(code, "role");
    }

    /**
     * Obtains a role from its code.
     *
     * @param code the role code
     * @return the role
     */
    public static Role of(String code) {
        return new Role(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
