package org.complaintkit.api.command;

import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;

/**
 * Collects what a command builder still lacks, so that {@code build()} reports every missing part at once
 * in one {@link InvalidInputException}, coded as the engine's validation codes them. Not thread-safe.
 */
final class Required {
    private final List<Violation> violations = new ArrayList<>();

    /**
     * Notes a missing value.
     *
     * @param value the value, or null if it was never given
     * @param path the component's name
     * @return this collector
     */
    Required value(Object value, String path) {
        if (value == null) {
            violations.add(Violation.of(ErrorCode.REQUIRED, path));
        }
        return this;
    }

    /**
     * Notes a list with too few entries.
     *
     * @param values the entries given
     * @param min the fewest allowed
     * @param path the component's name
     * @return this collector
     */
    Required atLeast(List<?> values, int min, String path) {
        if (values.size() < min) {
            violations.add(new Violation(ErrorCode.OUT_OF_RANGE, path, "needs at least " + min));
        }
        return this;
    }

    /**
     * Notes a missing or unreadable text given as a value or as plain text: every problem under the part's own
     * name, so that two blank texts are two violations, each saying which.
     *
     * @param given the value, if given as one
     * @param text the text, if given as plain text
     * @param path the component's name
     * @return the value, or null if it is missing or invalid (then a violation is noted)
     */
    Sensitive text(Sensitive given, String text, String path) {
        if (given != null) {
            return given;
        }
        if (text == null) {
            violations.add(Violation.of(ErrorCode.REQUIRED, path));
            return null;
        }
        try {
            return Sensitive.of(text);
        } catch (InvalidInputException e) {
            for (Violation v : e.violations()) {
                violations.add(new Violation(v.code(), path, v.message()));
            }
            return null;
        }
    }

    /**
     * Throws if anything is missing.
     *
     * @throws InvalidInputException listing every missing part
     */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
