package org.complaintkit.core.routing;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.HandlingUnit;

/**
 * Where a complaint should go, and why: the first-responsible unit and department (one, always), the
 * co-handling departments, the rule that decided, and how each department was found up the hierarchy.
 * Feed it to {@code AssignComplaint}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstResponsible the unit and department that answers for the complaint
 * @param coHandlers the co-handling units and departments
 * @param ruleId the routing rule that decided
 * @param explanation how it was decided, for people
 */
public record RoutingDecision(HandlingUnit firstResponsible, List<HandlingUnit> coHandlers, String ruleId,
                              List<String> explanation) {

    /**
     * Checks and copies the components.
     *
     * @param firstResponsible the first-responsible unit and department
     * @param coHandlers the co-handlers
     * @param ruleId the deciding rule
     * @param explanation how it was decided
     */
    public RoutingDecision {
        Objects.requireNonNull(firstResponsible, "firstResponsible");
        coHandlers = List.copyOf(coHandlers);
        Objects.requireNonNull(ruleId, "ruleId");
        explanation = List.copyOf(explanation);
    }
}
