package org.complaintkit.classify.embeddings;

import java.util.Map;
import java.util.Objects;

/**
 * A complaint whose classes a person decided: its id, its text and its class per scheme. The text is personal
 * data: {@link #toString()} never shows it, and results cite the id only.
 *
 * @param id the example's id, cited in explanations
 * @param text the complaint's text
 * @param labels the class code per scheme id
 */
public record LabelledExample(String id, String text, Map<String, String> labels) {

    /**
     * Checks and copies the components.
     *
     * @param id the id
     * @param text the text
     * @param labels the classes
     */
    public LabelledExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        labels = Map.copyOf(labels);
    }

    @Override
    public String toString() {
        return "LabelledExample[id=" + id + ", labels=" + labels + ", text=[redacted]]";
    }
}
