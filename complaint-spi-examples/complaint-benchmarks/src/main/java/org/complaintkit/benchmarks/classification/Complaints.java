package org.complaintkit.benchmarks.classification;

import java.util.List;
import org.complaintkit.api.classification.ClassificationInput;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The complaints a thread classifies, one after another round the held-out set's complaints in one language:
 * {@code zh} is its simplified and traditional Chinese complaints (22), {@code en} its English ones (8).
 */
@State(Scope.Thread)
public class Complaints {
    /** Which held-out complaints. */
    @Param({"zh", "en"})
    public String language;

    private List<ClassificationInput> inputs;
    private int next;

    /** Reads the held-out complaints of the language. */
    @Setup(Level.Trial)
    public void read() {
        inputs = Corpus.heldOut(switch (language) {
            case "zh" -> List.of("zh-Hans", "zh-Hant");
            case "en" -> List.of("en");
            default -> throw new IllegalArgumentException("language must be zh or en: " + language);
        });
    }

    /** The next complaint, round the list. */
    ClassificationInput next() {
        ClassificationInput in = inputs.get(next);
        next = (next + 1) % inputs.size();
        return in;
    }

    int size() {
        return inputs.size();
    }
}
