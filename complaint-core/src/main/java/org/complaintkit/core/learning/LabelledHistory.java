package org.complaintkit.core.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ClassOverridden;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.core.access.PersonalDataMask;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * Reads the bank's own classification decisions out of the store as labelled examples, for retraining a
 * classifier. A complaint is an example when a person decided a class of it:
 *
 * <ul>
 *   <li>every scheme a staff member overrode ({@code OverrideClass}, a {@code ClassOverridden} event) is labelled
 *       with its final class after every override;</li>
 *   <li>a complaint marked a typical case ({@code MarkTypicalCase}) is labelled, in addition, in every scheme whose
 *       final class is a decision: the person who marked it vouched for its classes. A class left at its default
 *       ("other" because nothing decided it) is not a decision and leaves the scheme unlabelled, and so is the
 *       rules' ordinary case of a scheme in which no rule fired ({@link RuleClassifier#isOrdinaryCaseDefault}).</li>
 * </ul>
 *
 * <p>A scheme nobody decided stays unlabelled for that example; a trainer trains each scheme only on the examples
 * labelled in it. The text is the registration's content and request, as the classifier read it, with personal
 * data masked ({@link PersonalDataMask#text(String, String)}, the complainant's registered name included) before it
 * leaves this class: no model and no model file sees the unmasked text.
 *
 * <pre>{@code
 * List<LabelledComplaint> decided = LabelledHistory.read(store);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class LabelledHistory {
    /** How many complaints the store is asked for at a time. */
    static final int PAGE = 500;

    private LabelledHistory() {
    }

    /**
     * Reads one complaint's history as a labelled example.
     *
     * @param history the complaint's events in sequence order
     * @return the example, or empty if no person decided a class of it
     */
    public static Optional<LabelledComplaint> of(List<ComplaintEvent> history) {
        Objects.requireNonNull(history, "history");
        Map<String, String> overridden = new LinkedHashMap<>();
        boolean typical = false;
        for (ComplaintEvent event : history) {
            if (event instanceof ClassOverridden o) {
                overridden.put(o.scheme(), o.code());
            } else if (event instanceof TypicalCaseMarked) {
                typical = true;
            }
        }
        if (overridden.isEmpty() && !typical) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> reasons = new LinkedHashSet<>();
        if (typical) {
            reasons.add(LabelledComplaint.TYPICAL_CASE);
            Classifications.current(history).map(ClassificationResult::classes).orElse(List.of()).stream()
                    .filter(ClassAssignment::isDecided)
                    .filter(c -> !RuleClassifier.isOrdinaryCaseDefault(c))
                    .forEach(c -> labels.put(c.scheme(), c.code()));
        }
        if (!overridden.isEmpty()) {
            reasons.add(LabelledComplaint.OVERRIDE);
            labels.putAll(overridden);
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        ComplaintState state = ComplaintAggregate.replay(history);
        String text = ClassificationInput.of(state.registration(), null, Set.of()).text();
        String masked = PersonalDataMask.text(text, state.registration().complainant().name().reveal());
        return Optional.of(new LabelledComplaint(state.id(), masked, labels, reasons));
    }

    /**
     * Walks every complaint in the store and returns those a person decided a class of, by complaint id.
     *
     * @param store the store
     * @return the examples, ordered by complaint id so that the same store gives the same list
     */
    public static List<LabelledComplaint> read(ComplaintStore store) {
        Objects.requireNonNull(store, "store");
        List<LabelledComplaint> out = new ArrayList<>();
        store.scan(ComplaintQuery.all(PAGE), history -> of(history).ifPresent(out::add));
        out.sort(Comparator.comparing(c -> c.complaintId().value()));
        return List.copyOf(out);
    }
}
