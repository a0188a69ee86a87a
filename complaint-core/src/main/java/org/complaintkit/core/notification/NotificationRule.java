package org.complaintkit.core.notification;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * One rule: an event of a type, when a condition holds, notifies an audience with a notice type (and so
 * the template of that type).
 *
 * <pre>{@code
 * NotificationRule urgeTheHandler = NotificationRule.on(HandlerUrged.class, NoticeTypes.URGE, Audience.URGED_STAFF);
 * }</pre>
 *
 * <p>Immutable and thread-safe if the condition is.
 *
 * @param type the notice type, which names the template
 * @param event the event type that triggers it
 * @param condition what must also hold of the event
 * @param audiences who is notified; copied, not empty
 * @param description what the rule is for, for documentation and explanations
 */
public record NotificationRule(String type, Class<? extends ComplaintEvent> event, Predicate<ComplaintEvent> condition,
                               Set<Audience> audiences, String description) {

    /**
     * Checks and copies the components.
     *
     * @param type the notice type, which names the template
     * @param event the event type that triggers it
     * @param condition what must also hold of the event
     * @param audiences who is notified; not empty
     * @param description what the rule is for
     */
    public NotificationRule {
        Checks.identifier(type, "type");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(condition, "condition");
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("a rule must notify someone");
        }
        audiences = Set.copyOf(EnumSet.copyOf(audiences));
        Objects.requireNonNull(description, "description");
    }

    /**
     * A rule on every event of a type.
     *
     * @param event the event type
     * @param type the notice type
     * @param first who is notified
     * @param more further audiences
     * @return the rule
     */
    public static NotificationRule on(Class<? extends ComplaintEvent> event, String type, Audience first,
                                      Audience... more) {
        return new NotificationRule(type, event, e -> true, EnumSet.of(first, more),
                event.getSimpleName() + " notifies " + EnumSet.of(first, more));
    }

    /**
     * This rule, restricted to events for which a condition holds.
     *
     * @param <E> the event type
     * @param eventType the event type, as given to {@link #on}
     * @param when the condition
     * @param why the rule's description
     * @return the restricted rule
     */
    public <E extends ComplaintEvent> NotificationRule when(Class<E> eventType, Predicate<E> when, String why) {
        if (eventType != event) {
            throw new IllegalArgumentException("the condition must be on " + event.getSimpleName());
        }
        Predicate<ComplaintEvent> previous = condition;
        return new NotificationRule(type, event, e -> previous.test(e) && when.test(eventType.cast(e)), audiences, why);
    }

    /**
     * Tells whether an event triggers this rule.
     *
     * @param candidate the event
     * @return true if it is of the rule's type and meets its condition
     */
    public boolean appliesTo(ComplaintEvent candidate) {
        return event.isInstance(candidate) && condition.test(candidate);
    }
}
