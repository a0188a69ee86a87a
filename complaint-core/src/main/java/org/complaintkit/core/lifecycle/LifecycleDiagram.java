package org.complaintkit.core.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintStatus;

/**
 * Draws a {@link TransitionTable} as a Mermaid state diagram, so the documentation is generated from
 * the same data the engine enforces. Rows between the same two statuses share one arrow, labelled with
 * each command and its guards in brackets.
 */
public final class LifecycleDiagram {

    private LifecycleDiagram() {
    }

    /**
     * Renders the table as a Mermaid {@code stateDiagram-v2}, without code fences.
     *
     * @param table the table
     * @return the diagram text, one statement per line, ending with a line break
     */
    public static String mermaid(TransitionTable table) {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(table.initial()).append(": ").append(CommandType.REGISTER.label()).append('\n');
        Map<String, List<String>> arrows = new LinkedHashMap<>();
        for (Transition t : table.transitions()) {
            String label = t.command().label() + (t.isGuarded()
                    ? " [" + t.guards().stream().map(Guard::name).collect(Collectors.joining(", ")) + "]" : "");
            arrows.computeIfAbsent(t.from() + " --> " + t.to(), k -> new ArrayList<>()).add(label);
        }
        arrows.forEach((arrow, labels) ->
                out.append("    ").append(arrow).append(": ").append(String.join(" / ", labels)).append('\n'));
        for (ComplaintStatus status : ComplaintStatus.values()) {
            if (!status.isOpen()) {
                out.append("    ").append(status).append(" --> [*]\n");
            }
        }
        return out.toString();
    }
}
