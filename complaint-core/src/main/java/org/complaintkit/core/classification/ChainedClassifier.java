package org.complaintkit.core.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.FlagAssignment;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.RuleMatch;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.api.classification.Taxonomy;
import java.util.Optional;

/**
 * Two classifiers, one first: per scheme, the first one's class unless it left the scheme out or gave
 * only the default, then the second one's. Flags are the union; the priority the higher. So a host's
 * model can go first with the rules as fallback, or the reverse.
 *
 * <p>Immutable and thread-safe if both classifiers are.
 */
public final class ChainedClassifier implements Classifier {
    private final Classifier first;
    private final Classifier fallback;

    private ChainedClassifier(Classifier first, Classifier fallback) {
        this.first = Objects.requireNonNull(first, "first");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Chains two classifiers.
     *
     * @param first the classifier asked first
     * @param fallback the classifier whose classes fill what the first left undecided
     * @return the chain
     */
    public static ChainedClassifier of(Classifier first, Classifier fallback) {
        return new ChainedClassifier(first, fallback);
    }

    @Override
    public String name() {
        return first.name() + "+" + fallback.name();
    }

    @Override
    public Optional<Taxonomy> taxonomy(String scheme) {
        var mine = first.taxonomy(scheme);
        return mine.isPresent() ? mine : fallback.taxonomy(scheme);
    }

    @Override
    public ClassificationResult classify(ClassificationInput input) {
        ClassificationResult a = first.classify(input);
        ClassificationResult b = fallback.classify(input);
        Map<String, ClassAssignment> classes = new LinkedHashMap<>();
        for (ClassAssignment c : a.classes()) {
            classes.put(c.scheme(), c);
        }
        for (ClassAssignment c : b.classes()) {
            ClassAssignment mine = classes.get(c.scheme());
            if (mine == null || (mine.isDefault() && !c.isDefault())) {
                classes.put(c.scheme(), c);
            }
        }
        Map<ComplaintFlag, List<RuleMatch>> flags = new EnumMap<>(ComplaintFlag.class);
        for (FlagAssignment f : a.flags()) {
            flags.computeIfAbsent(f.flag(), k -> new ArrayList<>()).addAll(f.fired());
        }
        for (FlagAssignment f : b.flags()) {
            flags.computeIfAbsent(f.flag(), k -> new ArrayList<>()).addAll(f.fired());
        }
        List<FlagAssignment> flagList = new ArrayList<>();
        flags.forEach((flag, fired) -> flagList.add(new FlagAssignment(flag, fired)));
        Priority priority = a.priority().compareTo(b.priority()) >= 0 ? a.priority() : b.priority();
        List<RuleMatch> because = a.priority() == priority ? a.priorityBecause() : b.priorityBecause();
        return new ClassificationResult(new ArrayList<>(classes.values()), flagList, priority, because);
    }
}
