package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.CorruptHistoryException;
import org.junit.jupiter.api.Test;

/**
 * Every event type the api permits folds onto a registered complaint: a new event type that the aggregate does not
 * know fails here, in the build, instead of as a store failure on every later read of a complaint that has one.
 */
class EveryEventFoldsTest {

    @Test
    void everyPermittedEventTypeFoldsAfterARegistration() throws ReflectiveOperationException {
        ComplaintRegistered sample = (ComplaintRegistered) StoredFormSamples.of(ComplaintRegistered.class);
        EventHeader first = new EventHeader(sample.complaintId(), 1, sample.occurredAt(), sample.actor());
        ComplaintState registered = ComplaintAggregate.apply(null, withHeader(sample, first));
        List<String> unknown = new ArrayList<>();
        int folded = 0;
        for (Class<?> type : ComplaintEvent.class.getPermittedSubclasses()) {
            if (type == ComplaintRegistered.class) {
                continue;
            }
            ComplaintEvent event = withHeader((ComplaintEvent) StoredFormSamples.of(type),
                    new EventHeader(first.complaintId(), 2, first.occurredAt().plusSeconds(60), first.actor()));
            try {
                ComplaintState after = ComplaintAggregate.apply(registered, event);
                assertEquals(2, after.version(), type.getSimpleName());
                folded++;
            } catch (CorruptHistoryException e) {
                unknown.add(type.getSimpleName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), unknown);
        assertTrue(folded >= 30, "every event type but the registration was folded: " + folded);
    }

    private static ComplaintEvent withHeader(ComplaintEvent event, EventHeader header)
            throws ReflectiveOperationException {
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getType() == EventHeader.class ? header : components[i].getAccessor().invoke(event);
        }
        Constructor<?> canonical = event.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return (ComplaintEvent) canonical.newInstance(values);
    }
}
