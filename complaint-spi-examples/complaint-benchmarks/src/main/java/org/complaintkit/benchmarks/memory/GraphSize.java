package org.complaintkit.benchmarks.memory;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import sun.misc.Unsafe;

/**
 * The bytes a graph of objects takes in this JVM, counted object by object from the layout the JVM reports
 * (field offsets, array base offsets and element sizes, 8-byte alignment), each object once. Deterministic,
 * unlike heap in use after collections, which a collector that keeps large arrays in whole regions (G1's
 * humongous objects) overstates; so it can bound a size in an ordinary test. Records and hidden classes cannot
 * be laid out this way and are refused.
 */
public final class GraphSize {
    private static final int ALIGNMENT = 8;
    private static final Unsafe UNSAFE = unsafe();

    private GraphSize() {
    }

    private static Unsafe unsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no Unsafe to read the JVM's layout", e);
        }
    }

    /**
     * Counts every object reachable from the roots, except those reachable only through the excluded ones.
     *
     * @param roots where to start
     * @param excluded objects not to count or follow (such as a shared definition)
     * @return the bytes
     * @throws IllegalArgumentException when the graph holds a record or a hidden class
     */
    public static long of(Iterable<?> roots, Set<?> excluded) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(excluded);
        Deque<Object> pending = new ArrayDeque<>();
        for (Object root : roots) {
            if (root != null && seen.add(root)) {
                pending.push(root);
            }
        }
        long total = 0;
        while (!pending.isEmpty()) {
            Object object = pending.pop();
            Class<?> type = object.getClass();
            if (type.isArray()) {
                int length = Array.getLength(object);
                total += align(UNSAFE.arrayBaseOffset(type) + (long) length * UNSAFE.arrayIndexScale(type));
                if (!type.getComponentType().isPrimitive()) {
                    for (Object element : (Object[]) object) {
                        if (element != null && seen.add(element)) {
                            pending.push(element);
                        }
                    }
                }
                continue;
            }
            long end = UNSAFE.arrayBaseOffset(Object[].class) - 4L; // an object without fields: its header
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (c.isRecord() || c.isHidden()) {
                    throw new IllegalArgumentException("cannot lay out " + c.getName() + ": a record or hidden class");
                }
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    long offset = UNSAFE.objectFieldOffset(field);
                    end = Math.max(end, offset + sizeOf(field.getType()));
                    if (!field.getType().isPrimitive()) {
                        Object value = UNSAFE.getObject(object, offset);
                        if (value != null && seen.add(value)) {
                            pending.push(value);
                        }
                    }
                }
            }
            total += align(end);
        }
        return total;
    }

    private static long sizeOf(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        if (type == byte.class || type == boolean.class) {
            return 1;
        }
        return UNSAFE.arrayIndexScale(Object[].class);
    }

    private static long align(long bytes) {
        return (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }
}
