package org.complaintkit.core.engine;

import java.lang.reflect.InvocationTargetException;
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
 * the engine refuse a different command sent under a key already used. Thread-safe.
 */
final class CommandFingerprint {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
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
        StringBuilder text = new StringBuilder(256);
        write(text, value);
        return text.toString();
    }

    /** The fingerprint of a command. */
    static String of(ComplaintCommand command) {
        StringBuilder text = new StringBuilder(256);
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

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof IdempotencyKey) {
            out.append('k');
        } else if (value instanceof Sensitive sensitive) {
            string(out, sensitive.reveal());
        } else if (value instanceof CharSequence text) {
            string(out, text.toString());
        } else if (value instanceof BigDecimal decimal) {
            string(out, decimal.toPlainString());
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.getDeclaringClass().getName() + "." + constant.name());
        } else if (value instanceof Set<?> set) {
            sorted(out, set);
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            for (Object element : list) {
                write(out, element);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                StringBuilder one = new StringBuilder();
                write(one, entry.getKey());
                write(one, entry.getValue());
                entries.add(one.toString());
            }
            entries.sort(null);
            out.append('{');
            entries.forEach(out::append);
            out.append('}');
        } else if (value instanceof Optional<?> optional) {
            write(out, optional.orElse(null));
        } else if (value.getClass().isRecord()) {
            string(out, value.getClass().getName());
            out.append('(');
            Set<String> later = ADDED_LATER.getOrDefault(value.getClass(), Set.of());
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                Object component;
                try {
                    component = accessor.invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor.getName(), e);
                }
                if (component == null && later.contains(accessor.getName())) {
                    continue; // absent, as every command stored before the component existed
                }
                write(out, component);
            }
            out.append(')');
        } else {
            // Value types of the JDK and the api (instants, dates, durations, currencies, numbers): their text
            // form is their identity.
            string(out, value.getClass().getName() + ":" + value);
        }
    }

    private static void sorted(StringBuilder out, Set<?> set) {
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
