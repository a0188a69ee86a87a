package org.complaintkit.core.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.event.ClassOverridden;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.FlagAssignment;
import org.complaintkit.api.classification.RuleMatch;
import java.util.Locale;

/**
 * Reads a complaint's classification from its history: the classifier's result at registration with each
 * later staff override applied in order, and the flags of the links the engine found (repeat, group, major). An overridden class has source {@code override} and says who
 * overrode it and in which event; the reason stays on the event, as it may hold personal data.
 */
public final class Classifications {
    /** The source recorded on a class a staff member set. */
    public static final String OVERRIDE = "override";

    private Classifications() {
    }

    /**
     * Returns the complaint's classification now.
     *
     * @param history the complaint's events in sequence order
     * @return the classification, or empty if the complaint was never classified
     */
    public static Optional<ClassificationResult> current(List<ComplaintEvent> history) {
        ClassificationResult result = null;
        for (ComplaintEvent event : history) {
            result = next(result, event);
        }
        return Optional.ofNullable(result);
    }

    /**
     * Returns the classification after one more event: {@link #current} is this folded over a history, so a
     * reader that keeps the classification can fold only the events added since.
     *
     * @param result the classification before the event, or null if the complaint was not classified yet
     * @param event the next event of the complaint's history
     * @return the classification after it, or null if the complaint is still not classified
     */
    public static ClassificationResult next(ClassificationResult result, ComplaintEvent event) {
        if (event instanceof ComplaintClassified c) {
            return c.result();
        } else if (event instanceof ClassOverridden o && result != null) {
            List<ClassAssignment> classes = new ArrayList<>();
            for (ClassAssignment a : result.classes()) {
                classes.add(!a.scheme().equals(o.scheme()) ? a : ClassAssignment.decided(a.scheme(), a.schemeVersion(),
                        o.code(), OVERRIDE, List.of(), "overridden by " + o.actor().staffId() + " (event "
                        + o.sequence() + "), replacing " + (o.previousCode().isEmpty() ? "needs a person"
                        : o.previousCode())));
            }
            return new ClassificationResult(classes, result.flags(), result.priority(), result.priorityBecause());
        } else if (event instanceof ComplaintLinked link && result != null) {
            ComplaintFlag flag = switch (link.kind()) {
                case REPEAT -> ComplaintFlag.REPEAT;
                case GROUP -> ComplaintFlag.GROUP;
                case MAJOR_GROUP -> ComplaintFlag.MAJOR;
            };
            List<FlagAssignment> flags = new ArrayList<>(result.flags());
            List<String> evidence = new ArrayList<>();
            evidence.add(link.reason());
            link.others().forEach(o -> evidence.add("linked " + o));
            flags.add(new FlagAssignment(flag, List.of(new RuleMatch("detector." + link.kind().name()
                    .toLowerCase(Locale.ROOT), 0, evidence))));
            return new ClassificationResult(result.classes(), flags, result.priority(), result.priorityBecause());
        }
        return result;
    }

    /**
     * Returns the complaint's classes as {@code scheme:code}, the facts SLA policies test.
     *
     * @param history the complaint's events in sequence order
     * @return the qualified codes; empty if never classified
     */
    public static Set<String> classes(List<ComplaintEvent> history) {
        return current(history).map(ClassificationResult::qualifiedCodes).orElse(Set.of());
    }
}
