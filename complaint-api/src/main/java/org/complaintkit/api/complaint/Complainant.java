package org.complaintkit.api.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.complaintkit.api.error.Checks;

/**
 * The person who complains. Name and contact are personal data and never printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the bank's customer reference
 * @param name the complainant's name
 * @param segment the customer segment
 * @param vulnerabilities reasons for priority care; copied, may be empty
 * @param contact how to reach the complainant
 */
public record Complainant(
        @NotNull CustomerRef customer,
        @NotNull Sensitive name,
        @NotNull CustomerSegment segment,
        @NotNull Set<Vulnerability> vulnerabilities,
        @NotNull @Valid ContactPoint contact) {

    /**
     * Copies the set of vulnerabilities; nulls are left to validation.
     *
     * @param customer the bank's customer reference
     * @param name the complainant's name
     * @param segment the customer segment
     * @param vulnerabilities reasons for priority care; copied, may be empty
     * @param contact how to reach the complainant
     */
    public Complainant {
        vulnerabilities = Checks.setOf(vulnerabilities, "complainant.vulnerabilities");
    }
}
