package org.complaintkit.api.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * What the bank told the customer (DOMAIN.md §1 step 9): the result, its basis and any follow-up
 * measures.
 *
 * <p>Immutable and thread-safe.
 *
 * @param result the result of handling
 * @param basis the laws, regulations or bank rules it rests on
 * @param followUpMeasures follow-up measures with dates, or null if none
 * @param via how the customer was told
 * @param respondedAt when the response was given
 */
public record CustomerResponse(Sensitive result, Sensitive basis, Sensitive followUpMeasures,
                               ContactMethod via, Instant respondedAt) {

    /**
     * Checks the required components.
     *
     * @param result the result of handling
     * @param basis the laws, regulations or bank rules it rests on
     * @param followUpMeasures follow-up measures with dates, or null if none
     * @param via how the customer was told
     * @param respondedAt when the response was given
     */
    public CustomerResponse {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(respondedAt, "respondedAt");
    }
}
