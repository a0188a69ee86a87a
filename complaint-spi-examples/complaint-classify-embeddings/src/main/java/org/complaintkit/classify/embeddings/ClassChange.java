package org.complaintkit.classify.embeddings;

import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * One class of an open complaint that a retrained model would change, as a dry run lists it. There are three kinds
 * ({@link #kind()}): the class changes ({@code from} to {@code to}); a class decided now would be left to a person
 * (the model's best class {@code to}, possibly equal to {@code from}, falls below its minimum confidence); a class
 * left to a person now would be decided ({@code from} is null: read it as {@link #decidedNow()}, empty).
 *
 * @param complaintId the complaint
 * @param scheme the scheme
 * @param from the complaint's decided class now, or null if it has none in the scheme or it is left to a person
 *     ({@link #decidedNow()} gives it as an optional)
 * @param to the retrained model's best class
 * @param confidence the retrained model's probability for it
 * @param leftToPerson true if that probability is below the model's minimum confidence, so the complaint would
 *     be left to a person rather than given {@code to}
 */
public record ClassChange(ComplaintId complaintId, String scheme, String from, String to, double confidence,
                          boolean leftToPerson) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param scheme the scheme
     * @param from the class now, or null
     * @param to the model's best class
     * @param confidence its probability
     * @param leftToPerson whether it is below the minimum confidence
     */
    public ClassChange {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(to, "to");
    }

    /** The three kinds of change a dry run lists. */
    public enum Kind {
        /** Decided now and decided by the model, as another class. */
        CLASS_CHANGES,
        /** Decided now; the model falls below its minimum confidence, so the class would be left to a person. */
        DECIDED_TO_PERSON,
        /** Left to a person (or absent) now; the model would decide it. */
        PERSON_TO_DECIDED
    }

    /**
     * Returns the complaint's decided class now.
     *
     * @return the class, or empty if the scheme is left to a person now (or absent)
     */
    public Optional<String> decidedNow() {
        return Optional.ofNullable(from);
    }

    /**
     * Returns which of the three kinds of change this is.
     *
     * @return the kind
     */
    public Kind kind() {
        if (leftToPerson) {
            return Kind.DECIDED_TO_PERSON;
        }
        return from == null ? Kind.PERSON_TO_DECIDED : Kind.CLASS_CHANGES;
    }
}
