package org.complaintkit.core.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The fingerprint of a command's content: SHA-256 over a canonical text of every component but its idempotency
 * key (records component by component in declaration order, strings length-prefixed, sets and maps sorted, the
 * revealed value of {@link Sensitive} text; components added to a command later, while absent, left out: see
 * {@link #ADDED_LATER}), as 64 hex digits. Two commands have the same fingerprint exactly when
 * their content is equal; the fingerprint reveals nothing of the content. Stored with the command's key, it lets
 * the engine refuse a different command sent under a key already used. How each class is written is worked out
 * once per class ({@link ClassValue}), so writing a command reads its components without reflection; the text
 * is the one the reflective writer made, which {@code CommandFingerprintStabilityTest} holds against fingerprints
 * frozen before the change. Thread-safe.
 */
final class CommandFingerprint {
    /**
     * What the canonical text does with a value of a class, decided once per class in the order the checks were
     * always made (a record that is also a char sequence is written as text, and so on), so that the text is the
     * one every stored fingerprint was computed from.
     */
    private enum Kind { KEY, SENSITIVE, TEXT, DECIMAL, ENUM, SET, COLLECTION, MAP, OPTIONAL, RECORD, OTHER }

    /**
     * How a class is written: its kind; for a record its name already written as the text's prefix, its components'
     * accessors as method handles (no reflective call per component) and which of them are left out while null
     * ({@link #ADDED_LATER}); for an enum each constant's text, by ordinal.
     */
    private record Plan(Kind kind, String prefix, MethodHandle[] accessors, Method[] methods, boolean[] laterIfNull,
                        String[] constants) {
    }

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return plan(type);
        }
    };

    /**
     * Components added to a command record after commands of its type were first stored, by record: left out of
     * the canonical text while absent (null), so that a command stored before the component existed keeps its
     * fingerprint and its retry across the upgrade is still a retry, not a different command under the same key.
     * A component added to a command later must be nullable and listed here.
     */
    static final Map<Class<?>, Set<String>> ADDED_LATER = Map.of(
            RegisterComplaint.class, Set.of("firstContactOwner", "headcount"));

    private CommandFingerprint() {
    }

    /** The canonical text the fingerprint hashes, for tests. */
    static String canonical(Object value) {
        StringBuilder text = new StringBuilder(512);
        write(text, value);
        return text.toString();
    }

    /** The fingerprint of a command. */
    static String of(ComplaintCommand command) {
        StringBuilder text = new StringBuilder(512);
        write(text, command);
        return HEX.formatHex(SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread, looked up once: {@code digest} resets it after each use. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    private static Kind kind(Class<?> type) {
        if (IdempotencyKey.class.isAssignableFrom(type)) {
            return Kind.KEY;
        } else if (Sensitive.class.isAssignableFrom(type)) {
            return Kind.SENSITIVE;
        } else if (CharSequence.class.isAssignableFrom(type)) {
            return Kind.TEXT;
        } else if (BigDecimal.class.isAssignableFrom(type)) {
            return Kind.DECIMAL;
        } else if (Enum.class.isAssignableFrom(type)) {
            return Kind.ENUM;
        } else if (Set.class.isAssignableFrom(type)) {
            return Kind.SET;
        } else if (Collection.class.isAssignableFrom(type)) {
            return Kind.COLLECTION;
        } else if (Map.class.isAssignableFrom(type)) {
            return Kind.MAP;
        } else if (Optional.class.isAssignableFrom(type)) {
            return Kind.OPTIONAL;
        } else if (type.isRecord()) {
            return Kind.RECORD;
        }
        return Kind.OTHER;
    }

    private static Plan plan(Class<?> type) {
        Kind kind = kind(type);
        if (kind == Kind.ENUM) {
            Class<?> declaring = type;
            while (!declaring.isEnum()) {
                declaring = declaring.getSuperclass(); // a constant with a body is a subclass of its enum
            }
            Object[] values = declaring.getEnumConstants();
            String[] constants = new String[values.length];
            for (Object value : values) {
                Enum<?> constant = (Enum<?>) value;
                StringBuilder text = new StringBuilder();
                string(text, constant.getDeclaringClass().getName() + "." + constant.name());
                constants[constant.ordinal()] = text.toString();
            }
            return new Plan(kind, null, null, null, null, constants);
        }
        if (kind != Kind.RECORD) {
            return new Plan(kind, null, null, null, null, null);
        }
        StringBuilder prefix = new StringBuilder();
        string(prefix, type.getName());
        prefix.append('(');
        Set<String> later = ADDED_LATER.getOrDefault(type, Set.of());
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] accessors = new MethodHandle[components.length];
        Method[] methods = new Method[components.length];
        boolean[] laterIfNull = new boolean[components.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (int i = 0; i < components.length; i++) {
            methods[i] = components[i].getAccessor();
            laterIfNull[i] = later.contains(components[i].getName());
            try {
                accessors[i] = lookup.unreflect(methods[i]).asType(READ);
            } catch (IllegalAccessException e) {
                accessors[i] = null; // read reflectively, which reports what cannot be read as it always did
            }
        }
        return new Plan(kind, prefix.toString(), accessors, methods, laterIfNull, null);
    }

    private static Object read(Plan plan, int i, Object value) {
        try {
            MethodHandle accessor = plan.accessors()[i];
            return accessor != null ? (Object) accessor.invokeExact(value) : plan.methods()[i].invoke(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + plan.methods()[i].getName(), e);
        }
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
            return;
        }
        Plan plan = PLANS.get(value.getClass());
        switch (plan.kind()) {
            case KEY -> out.append('k');
            case SENSITIVE -> string(out, ((Sensitive) value).reveal());
            case TEXT -> string(out, value.toString());
            case DECIMAL -> string(out, ((BigDecimal) value).toPlainString());
            case ENUM -> out.append(plan.constants()[((Enum<?>) value).ordinal()]);
            case SET -> sorted(out, (Set<?>) value);
            case COLLECTION -> {
                out.append('[');
                for (Object element : (Collection<?>) value) {
                    write(out, element);
                }
                out.append(']');
            }
            case MAP -> {
                List<String> entries = new ArrayList<>();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    StringBuilder one = new StringBuilder();
                    write(one, entry.getKey());
                    write(one, entry.getValue());
                    entries.add(one.toString());
                }
                entries.sort(null);
                out.append('{');
                entries.forEach(out::append);
                out.append('}');
            }
            case OPTIONAL -> write(out, ((Optional<?>) value).orElse(null));
            case RECORD -> {
                out.append(plan.prefix());
                for (int i = 0; i < plan.accessors().length; i++) {
                    Object component = read(plan, i, value);
                    if (component == null && plan.laterIfNull()[i]) {
                        continue; // absent, as every command stored before the component existed
                    }
                    write(out, component);
                }
                out.append(')');
            }
            // Value types of the JDK and the api (instants, dates, durations, currencies, numbers): their text
            // form is their identity.
            default -> string(out, value.getClass().getName() + ":" + value);
        }
    }

    private static void sorted(StringBuilder out, Set<?> set) {
        if (set.size() < 2) {
            out.append('<'); // nothing to sort: the one element's text, or none
            for (Object element : set) {
                write(out, element);
            }
            out.append('>');
            return;
        }
        List<String> elements = new ArrayList<>(set.size());
        for (Object element : set) {
            StringBuilder one = new StringBuilder();
            write(one, element);
            elements.add(one.toString());
        }
        elements.sort(null);
        out.append('<');
        elements.forEach(out::append);
        out.append('>');
    }

    private static void string(StringBuilder out, String text) {
        out.append(text.length()).append(':').append(text);
    }
}
