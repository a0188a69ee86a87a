package org.complaintkit.api.classification;

import java.util.List;
import java.util.Objects;

/**
 * The class a complaint has in one scheme, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the scheme's id
 * @param schemeVersion the version of the scheme the class belongs to
 * @param code the class's code
 * @param source who assigned it: {@code rules}, a classifier's name, {@code mapping} or {@code override}
 * @param fired the rules that fired for this class, highest priority first; empty for a default, a
 *     mapping or an override
 * @param decidedBy how it was chosen, for people: the winning rule and what it beat, the mapping used,
 *     "no rule fired: the scheme's other class", or the override's author
 */
public record ClassAssignment(String scheme, String schemeVersion, String code, String source, List<RuleMatch> fired,
                              String decidedBy) {

    /** The source of a class no rule or model chose. */
    public static final String DEFAULT = "default";

    /**
     * Checks and copies the components.
     *
     * @param scheme the scheme's id
     * @param schemeVersion the scheme's version
     * @param code the class's code
     * @param source who assigned it
     * @param fired the rules that fired for this class
     * @param decidedBy how it was chosen
     */
    public ClassAssignment {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(schemeVersion, "schemeVersion");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        fired = List.copyOf(fired);
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    /**
     * Tells whether nothing chose this class: it is the scheme's "other" class by default.
     *
     * @return true for a default
     */
    public boolean isDefault() {
        return DEFAULT.equals(source);
    }

    /**
     * Tells whether this class needs a person: nothing chose it, so the scheme's "other" class only holds
     * the place of a decision nobody made ({@link #isDefault()}). A miss is never a silent "other": the
     * explanation says so and the work queues index it ({@code QueueFlag.NEEDS_CLASSIFICATION}).
     *
     * @return true for a default
     */
    public boolean needsReview() {
        return isDefault();
    }

    /**
     * Returns the class as {@code scheme:code}, the form SLA policy conditions and routing rules use.
     *
     * @return the qualified code
     */
    public String qualifiedCode() {
        return scheme + ":" + code;
    }
}
