package org.complaintkit.core.erasure;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.complaintkit.api.complaint.Sensitive;

/**
 * Rebuilds a value (an event, and the records, lists, sets and maps inside it) with each {@link Sensitive} it holds
 * passed through a function, sharing every part the function leaves unchanged. A value holding no sensitive text
 * comes back as itself.
 */
final class SensitiveWalker {

    /** A record class's accessors and canonical constructor, looked up once. */
    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getType();
            }
            try {
                return new Shape(accessors, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
            }
        }
    };

    private SensitiveWalker() {
    }

    /**
     * Returns the value with each sensitive text in it mapped.
     *
     * @param value the value
     * @param f what to do with each sensitive text
     * @param <T> the value's type
     * @return the value rebuilt, or itself if nothing in it changed
     */
    @SuppressWarnings("unchecked")
    static <T> T map(T value, UnaryOperator<Sensitive> f) {
        return (T) walk(value, f);
    }

    private static Object walk(Object value, UnaryOperator<Sensitive> f) {
        if (value == null || value instanceof String || value instanceof Enum<?> || value instanceof Number
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Sensitive sensitive) {
            return f.apply(sensitive);
        }
        if (value instanceof Record record) {
            return record(record, f);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object item : list) {
                Object mapped = walk(item, f);
                changed |= mapped != item;
                out.add(mapped);
            }
            return changed ? List.copyOf(out) : value;
        }
        if (value instanceof Set<?> set) {
            Set<Object> out = new LinkedHashSet<>();
            boolean changed = false;
            for (Object item : set) {
                Object mapped = walk(item, f);
                changed |= mapped != item;
                out.add(mapped);
            }
            return changed ? Set.copyOf(out) : value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object mapped = walk(entry.getValue(), f);
                changed |= mapped != entry.getValue();
                out.put(entry.getKey(), mapped);
            }
            return changed ? out : value;
        }
        return value;
    }

    private static Object record(Record record, UnaryOperator<Sensitive> f) {
        Shape shape = SHAPES.get(record.getClass());
        Object[] arguments = new Object[shape.accessors().length];
        boolean changed = false;
        try {
            for (int i = 0; i < arguments.length; i++) {
                Object component = shape.accessors()[i].invoke(record);
                arguments[i] = walk(component, f);
                changed |= arguments[i] != component;
            }
            return changed ? shape.constructor().newInstance(arguments) : record;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(record.getClass().getSimpleName() + " refused its values ("
                    + e.getCause().getClass().getSimpleName() + ")");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getName(), e);
        }
    }
}
