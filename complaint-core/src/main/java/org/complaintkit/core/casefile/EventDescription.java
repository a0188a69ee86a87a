package org.complaintkit.core.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * One event as the case file describes it: its type's name, one line saying what happened, and the section
 * it also belongs to, if any.
 *
 * <p>Immutable and thread-safe. The text is what the reader may see (see {@link Reading}); {@link #toString()}
 * shows the type only.
 *
 * @param type the event type's simple name, such as {@code ComplaintAccepted}
 * @param text one line saying what happened
 * @param topic the section the event also belongs to, or null if only the list of events
 */
public record EventDescription(String type, String text, Topic topic) {

    /**
     * Checks the components.
     *
     * @param type the event type's simple name
     * @param text one line saying what happened
     * @param topic the section the event also belongs to, or null
     */
    public EventDescription {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Returns the section the event also belongs to.
     *
     * @return the topic, or empty if the event is only in the list of events
     */
    public Optional<Topic> inTopic() {
        return Optional.ofNullable(topic);
    }

    @Override
    public String toString() {
        return "EventDescription[" + type + (topic == null ? "" : ", " + topic) + "]";
    }
}
