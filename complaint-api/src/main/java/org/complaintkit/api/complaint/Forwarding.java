package org.complaintkit.api.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Where a forwarded complaint came from, with the forwarding body's own reference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source who forwarded the complaint
 * @param externalReference the forwarding body's reference, at most 128 characters; may be null
 */
public record Forwarding(@NotNull ForwardingSource source, @Size(max = 128) String externalReference) {

    /**
     * A forwarding that carries no reference of the forwarding body.
     *
     * @param source who forwarded the complaint
     * @return the forwarding
     */
    public static Forwarding from(ForwardingSource source) {
        return new Forwarding(source, null);
    }

    /**
     * A forwarding with the forwarding body's own reference.
     *
     * @param source who forwarded the complaint
     * @param externalReference the body's reference, at most 128 characters
     * @return the forwarding
     */
    public static Forwarding from(ForwardingSource source, String externalReference) {
        return new Forwarding(source, externalReference);
    }
}
