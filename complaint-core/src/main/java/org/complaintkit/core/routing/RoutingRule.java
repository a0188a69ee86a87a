package org.complaintkit.core.routing;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.error.Checks;
import org.complaintkit.spi.organisation.DepartmentKind;

/**
 * One routing rule: complaints with any of {@code classes} (or any complaint, when empty) go to a
 * department of kind {@code department}, with departments of the kinds in {@code coHandlers} co-handling.
 * Of the rules that match, the one with the highest priority wins, then the first in the file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule's id, cited in the routing decision
 * @param classes the class codes, as {@code scheme:code}; empty for any complaint
 * @param department the kind of the first-responsible department
 * @param coHandlers the kinds of the co-handling departments
 * @param priority the rule's weight; the higher wins
 */
public record RoutingRule(String id, Set<String> classes, DepartmentKind department, List<DepartmentKind> coHandlers,
                          int priority) {

    /**
     * Checks and copies the components.
     *
     * @param id the rule's id
     * @param classes the class codes; empty for any complaint
     * @param department the kind of the first-responsible department
     * @param coHandlers the kinds of the co-handling departments
     * @param priority the rule's weight
     */
    public RoutingRule {
        Checks.identifier(id, "route.id");
        classes = Set.copyOf(classes);
        Objects.requireNonNull(department, "department");
        coHandlers = List.copyOf(coHandlers);
    }

    /**
     * Tells whether the rule applies to a complaint with these classes.
     *
     * @param complaintClasses the complaint's class codes
     * @return true if it applies
     */
    public boolean matches(Set<String> complaintClasses) {
        return classes.isEmpty() || complaintClasses.stream().anyMatch(classes::contains);
    }
}
