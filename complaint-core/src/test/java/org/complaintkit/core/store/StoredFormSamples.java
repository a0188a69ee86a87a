package org.complaintkit.core.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.RuleMatch;
import java.util.Set;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.codec.StoredType;

/**
 * One fixed instance of every type the codec stores at top level (each event type and the notification),
 * with every component filled, optional ones included, and fixed ids and instants: what the golden file of
 * the stored form is written from.
 *
 * <p>The values are derived from the record's shape, never from a Java name: a text is a label made of the
 * positions of the components it is held under ({@code "vab"} is the second component of the first), an
 * instant a fixed one, an enum its first constant, a set its first two constants, a list one element, an id
 * the label of the component holding it. So a component that is added, removed, retyped or reordered
 * changes the sample's stored line and the golden test fails, while a class or a component renamed with its
 * stored name kept (as {@code StoredType} allows) changes nothing. Where a record refuses a derived value,
 * {@link #SPECIAL} gives one it accepts. A component the codec writes only when set
 * ({@link StoredType#writtenWhenSet}) is left null, so the golden line keeps the form rows stored before the
 * component existed; {@code WrittenWhenSetTest} fixes its form when set.
 */
final class StoredFormSamples {
    /** The fixed instant every sample is built around, with nanoseconds so their form is fixed too. */
    static final Instant AT = Instant.parse("2026-03-02T01:30:00.123456789Z");

    /** Values for the types whose rules a derived value would break. */
    private static final Map<Class<?>, Object> SPECIAL = Map.of(
            Recipient.class, Recipient.customer("C-20260302-0001",
                    ContactPoint.of(ContactMethod.PHONE, "13812345678")),
            ClassAssignment.class, ClassAssignment.needsPerson("seed.matter", "2024", "embeddings",
                    List.of(new RuleMatch("matter.fees", 70, List.of("\"fee\""))), "below 0.50").withGuess("other"));

    private StoredFormSamples() {
    }

    /**
     * Returns the sample of a type.
     *
     * @param type an event type or {@link Notification}
     * @return its sample
     */
    static Object of(Class<?> type) {
        return value(type, "v");
    }

    private static Object value(Type type, String label) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (SPECIAL.containsKey(raw)) {
            return SPECIAL.get(raw);
        } else if (raw == String.class) {
            return label;
        } else if (raw == Sensitive.class) {
            return Sensitive.of(label + ": \"张小明\" 13812345678\n");
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == int.class || raw == Integer.class) {
            return 3;
        } else if (raw == long.class || raw == Long.class) {
            return 7L;
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("1234.50");
        } else if (raw == Instant.class) {
            return AT;
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        } else if (raw == LocalTime.class) {
            return LocalTime.of(9, 30);
        } else if (raw == Duration.class) {
            return Duration.ofHours(36);
        } else if (raw == Currency.class) {
            return Currency.getInstance("CNY");
        } else if (raw == Locale.class) {
            return Locale.forLanguageTag("zh-CN");
        } else if (raw == List.class) {
            return List.of(value(((ParameterizedType) type).getActualTypeArguments()[0], label));
        } else if (raw == Set.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) element;
            if (elementClass.isEnum()) {
                Object[] constants = elementClass.getEnumConstants();
                return new LinkedHashSet<>(Arrays.asList(constants).subList(0, Math.min(2, constants.length)));
            }
            return Set.of(value(element, label));
        } else if (raw == Map.class) {
            Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(label + "b", value(valueType, label + "b"));
            map.put(label + "a", value(valueType, label + "a"));
            return map;
        } else if (raw.isRecord()) {
            return record(raw, label);
        }
        throw new IllegalArgumentException("no sample for " + raw.getName() + " (" + label + ")");
    }

    /** A record; one of a single component (an id such as {@code ComplaintId}) takes the label it is held under. */
    private static Object record(Class<?> raw, String label) {
        RecordComponent[] components = raw.getRecordComponents();
        if (components.length > 26) {
            throw new IllegalStateException(raw.getName() + " has more components than the labels have letters");
        }
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = StoredType.writtenWhenSet(raw).contains(components[i].getName()) ? null
                    : value(components[i].getGenericType(), components.length == 1 ? label : label + (char) ('a' + i));
        }
        if (raw == ResolutionEndorsed.class) {
            // An endorsement is a step before the last: step 1 of 2, where every int would be 3.
            arguments[1] = 1;
            arguments[2] = 2;
        }
        try {
            Constructor<?> constructor = raw.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(raw.getName() + " refuses the sample " + Arrays.toString(arguments)
                    + "; give it a value in SPECIAL", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(raw.getName(), e);
        }
    }
}
