package org.complaintkit.spi.storage.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.notification.Notification;
import java.time.DateTimeException;

/**
 * Turns events and notifications into JSON text and back, for stores that keep them in a database or a
 * file. The form is canonical: record components in declaration order, set elements and map keys sorted,
 * so equal values always give the same text, byte for byte (what a hash chain over stored events needs).
 *
 * <p>An event is a JSON object whose first member {@code "@type"} is the name its type is stored under,
 * followed by its components. The name and the revision of each type's stored form are fixed in
 * {@link StoredType}, not taken from the Java class, so renaming a class or a record component does not
 * change what is stored. Revision 1 is not written, so every row stored before revisions existed reads and
 * verifies byte for byte; a type at a later revision is written with {@code "@rev":n} after its
 * {@code "@type"}, and text of an older revision is brought up to date by the type's upcasters before its
 * record is built. Text of a revision newer than this version knows is refused.
 *
 * <p>Strings are kept exactly, whatever they hold: control characters, quotes and unpaired UTF-16
 * surrogates are written as {@code \\uXXXX} escapes, so the text is valid UTF-8 and holds no NUL character.
 * Decimals and instants are written as strings, so nothing is rounded.
 *
 * <pre>{@code
 * String json = EventCodec.encode(event);     // {"@type":"ComplaintAccepted","header":{...}}
 * ComplaintEvent back = EventCodec.decode(json);
 * assert back.equals(event);
 * }</pre>
 *
 * <p>Stored text is read under limits, because a database row is input too: nested at most
 * {@value #MAX_DEPTH} objects and arrays deep, at most {@value #MAX_TEXT_LENGTH} characters long and holding at
 * most {@value #MAX_VALUES} values. The codec writes nothing near them (its deepest form is a few levels, and a
 * registration holding the longest texts allowed is a few million characters), so they refuse only rows no
 * engine wrote, before such a row can exhaust the stack or the heap: {@link #decode} throws
 * {@link ErrorCode#STORED_TEXT_BEYOND_LIMITS}, and a store's {@code loadSealed} returns the row as unreadable.
 *
 * <p>A {@link Sensitive} is written {@code {"value":"..."}}, or, when it is encrypted under a complaint's key
 * ({@link Sensitive#isEncrypted()}), {@code {"enc":"<base64>","k":"<key reference>"}}: never its text. Such a
 * form reads back as {@link Sensitive#locked}, which the engine decrypts or marks erased; an erased value
 * writes the same form again, so seals over it keep verifying after its key is destroyed.
 *
 * <p>Seals ({@code EventSealer} in complaint-core) hash this text as the codec writes it now. A revision
 * raised later changes the text an older row re-encodes to, so raising one also needs seals checked over
 * the stored text; the golden file test in complaint-core says so when a form changes.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventCodec {

    /** What the codec needs of a record class, looked up once per class rather than once per value. */
    private record Shape(String[] names, Method[] accessors, Type[] types, boolean[] primitive,
                         Constructor<?> constructor, boolean[] whenSet) {
    }

    /** How deep objects and arrays may nest in stored text; the codec's own deepest form is a few levels. */
    public static final int MAX_DEPTH = 64;
    /** The longest stored text read, in characters (16 Mi). */
    public static final int MAX_TEXT_LENGTH = 16 * 1024 * 1024;
    /** The most values (strings, numbers, literals, objects, arrays) one stored text may hold. */
    public static final int MAX_VALUES = 1_000_000;

    private static final Form FORM = new Form(StoredType.all(), StoredType.FIELD_NAMES);
    /** The member a sensitive text is stored under, the name of its component when it was a record. */
    private static final String SENSITIVE_TEXT = "value";
    /** The member an encrypted sensitive text's ciphertext is stored under. */
    private static final String SENSITIVE_CIPHERTEXT = "enc";
    /** The member the reference of an encrypted sensitive text's key is stored under. */
    private static final String SENSITIVE_KEY = "k";

    private EventCodec() {
    }

    /**
     * Returns the name an event's type is stored under, as {@link StoredType} fixes it, such as
     * {@code ComplaintRegistered}.
     *
     * @param event the event
     * @return the stored type name
     */
    public static String typeOf(ComplaintEvent event) {
        return FORM.stored(event.getClass()).name();
    }

    /**
     * Encodes an event.
     *
     * @param event the event
     * @return its canonical JSON text
     */
    public static String encode(ComplaintEvent event) {
        return FORM.encode(event);
    }

    /**
     * Decodes an event written by {@link #encode}, by this version or an earlier one.
     *
     * @param json the text
     * @return the event
     * @throws StoreException coded STORE_FAILURE if the text is not an encoded event, or of a revision newer
     *     than this version reads; coded STORED_TEXT_BEYOND_LIMITS if it is nested deeper, is longer or holds
     *     more values than the codec reads; the message names the position and reason, never the content
     */
    public static ComplaintEvent decode(String json) {
        return FORM.decode(json);
    }

    /**
     * Tells whether a stored text is, character for character, the text this codec writes for the event it
     * holds: the form the event's seal was computed over. A member added or given twice, a value written
     * another way, or spacing make it false, though such text may still decode. Text of an older revision of
     * its type, which this version no longer writes, is true if it reads: its seal covers it as stored.
     *
     * @param json the stored text
     * @return true if it is canonical (or of an older revision and readable)
     */
    public static boolean isCanonical(String json) {
        return FORM.isCanonical(json);
    }

    /**
     * Encodes a notification (as an outbox entry holds it). Its text has no {@code "@type"}: an outbox
     * column holds notifications only.
     *
     * @param notification the notification
     * @return its canonical JSON text
     */
    public static String encodeNotification(Notification notification) {
        return FORM.encodeNotification(notification);
    }

    /**
     * Decodes a notification written by {@link #encodeNotification}, by this version or an earlier one.
     *
     * @param json the text
     * @return the notification
     * @throws StoreException coded STORE_FAILURE if the text is not an encoded notification; coded
     *     STORED_TEXT_BEYOND_LIMITS if it is nested deeper, is longer or holds more values than the codec reads
     */
    public static Notification decodeNotification(String json) {
        return FORM.decodeNotification(json);
    }

    /**
     * One stored form: the stored types with their names, revisions and upcasters, and the stored names of
     * record components. The codec's own is built from {@link StoredType}; tests build others to try a
     * revision or a renamed component.
     */
    static final class Form {
        private final Map<Class<?>, StoredType> byClass;
        private final Map<String, StoredType> byName;
        private final Map<Class<?>, Map<String, String>> fieldNames;
        private final ClassValue<Shape> shapes = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> raw) {
                RecordComponent[] components = raw.getRecordComponents();
                Map<String, String> stored = fieldNames.getOrDefault(raw, Map.of());
                Set<String> onlyWhenSet = StoredType.WRITTEN_WHEN_SET.getOrDefault(raw, Set.of());
                boolean[] whenSet = new boolean[components.length];
                String[] names = new String[components.length];
                Method[] accessors = new Method[components.length];
                Type[] types = new Type[components.length];
                boolean[] primitive = new boolean[components.length];
                for (int i = 0; i < components.length; i++) {
                    names[i] = stored.getOrDefault(components[i].getName(), components[i].getName());
                    accessors[i] = components[i].getAccessor();
                    // The records are public; skipping the access check of every call is a fifth of encoding one.
                    accessors[i].trySetAccessible();
                    types[i] = components[i].getGenericType();
                    primitive[i] = components[i].getType().isPrimitive();
                    whenSet[i] = onlyWhenSet.contains(components[i].getName()) && !primitive[i];
                }
                return new Shape(names, accessors, types, primitive, canonical(raw), whenSet);
            }
        };

        Form(List<StoredType> types, Map<Class<?>, Map<String, String>> fieldNames) {
            this.byClass = StoredType.index(types, StoredType::javaType);
            this.byName = StoredType.index(types, StoredType::name);
            this.fieldNames = Map.copyOf(fieldNames);
        }

        StoredType stored(Class<?> type) {
            StoredType entry = byClass.get(type);
            if (entry == null) {
                throw new IllegalArgumentException(type.getName() + " has no stored name; add it to StoredType");
            }
            return entry;
        }

        String encode(ComplaintEvent event) {
            Objects.requireNonNull(event, "event");
            StoredType type = stored(event.getClass());
            StringBuilder out = new StringBuilder(256);
            out.append("{\"@type\":");
            string(out, type.name());
            if (type.revision() > 1) {
                out.append(",\"@rev\":").append(type.revision());
            }
            components(out, (Record) event, true);
            return out.toString();
        }

        ComplaintEvent decode(String json) {
            Object tree = parse(json);
            if (!(tree instanceof Map<?, ?> object) || !(object.get("@type") instanceof String name)) {
                throw corrupt("an event must be an object with an @type");
            }
            StoredType type = byName.get(name);
            if (type == null || !ComplaintEvent.class.isAssignableFrom(type.javaType())) {
                throw corrupt("unknown event type " + name);
            }
            return (ComplaintEvent) record(current(object, type), type.javaType());
        }

        boolean isCanonical(String json) {
            Objects.requireNonNull(json, "json");
            try {
                if (!(parse(json) instanceof Map<?, ?> object) || !(object.get("@type") instanceof String name)) {
                    return false;
                }
                StoredType type = byName.get(name);
                if (type == null || !ComplaintEvent.class.isAssignableFrom(type.javaType())) {
                    return false;
                }
                boolean older = object.containsKey("@rev") ? object.get("@rev") instanceof Long revision
                        && revision < type.revision() : type.revision() > 1;
                ComplaintEvent event = (ComplaintEvent) record(current(object, type), type.javaType());
                return older || encode(event).equals(json);
            } catch (StoreException unreadable) {
                return false;
            }
        }

        String encodeNotification(Notification notification) {
            Objects.requireNonNull(notification, "notification");
            StoredType type = stored(Notification.class);
            StringBuilder out = new StringBuilder(512);
            if (type.revision() > 1) {
                out.append("{\"@rev\":").append(type.revision());
                components(out, notification, true);
            } else {
                value(out, notification);
            }
            return out.toString();
        }

        Notification decodeNotification(String json) {
            Object tree = parse(json);
            if (tree instanceof Map<?, ?> object) {
                tree = current(object, stored(Notification.class));
            }
            return (Notification) read(tree, Notification.class);
        }

        /** The stored members brought up to the type's revision: "@rev" absent is revision 1. */
        @SuppressWarnings("unchecked")
        private static Map<?, ?> current(Map<?, ?> object, StoredType type) {
            if (!object.containsKey("@rev")) {
                return type.revision() == 1 ? object : type.upcast((Map<String, Object>) object, 1);
            }
            if (!(object.get("@rev") instanceof Long revision) || revision < 2) {
                throw corrupt("a malformed @rev");
            }
            if (revision > type.revision()) {
                throw corrupt(type.name() + " revision " + revision + " is newer than this version reads ("
                        + type.revision() + ")");
            }
            return revision == type.revision() ? object
                    : type.upcast((Map<String, Object>) object, Math.toIntExact(revision));
        }

        // ------------------------------------------------------------------------------------- writing

        void components(StringBuilder out, Record record, boolean continuing) {
            boolean first = !continuing;
            if (!continuing) {
                out.append('{');
            }
            Shape shape = shapes.get(record.getClass());
            for (int i = 0; i < shape.names().length; i++) {
                Object value;
                try {
                    value = shape.accessors()[i].invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + shape.names()[i], e);
                }
                if (value == null && shape.whenSet()[i]) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, shape.names()[i]);
                out.append(':');
                value(out, value);
            }
            out.append('}');
        }

        void value(StringBuilder out, Object value) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof String text) {
                string(out, text);
            } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
                out.append(value);
            } else if (value instanceof Enum<?> constant) {
                string(out, constant.name());
            } else if (value instanceof BigDecimal decimal) {
                string(out, decimal.toPlainString());
            } else if (value instanceof Instant at) {
                out.append('"');
                instant(out, at);
                out.append('"');
            } else if (value instanceof LocalDate || value instanceof LocalTime
                    || value instanceof Duration || value instanceof Currency) {
                string(out, value.toString());
            } else if (value instanceof Locale locale) {
                string(out, locale.toLanguageTag());
            } else if (value instanceof Sensitive sensitive && sensitive.isEncrypted()) {
                // Encrypted under a complaint's key: the ciphertext and the key's reference, never the text.
                out.append("{\"").append(SENSITIVE_CIPHERTEXT).append("\":");
                string(out, sensitive.ciphertext().orElseThrow());
                out.append(",\"").append(SENSITIVE_KEY).append("\":");
                string(out, sensitive.keyRef().orElseThrow());
                out.append('}');
            } else if (value instanceof Sensitive sensitive) {
                // Stored as it was when Sensitive was a record with one component, value.
                out.append("{\"").append(SENSITIVE_TEXT).append("\":");
                string(out, sensitive.reveal());
                out.append('}');
            } else if (value instanceof Record record) {
                components(out, record, false);
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(out, list.get(i));
                }
                out.append(']');
            } else if (value instanceof Set<?> set) {
                List<String> encoded = new ArrayList<>(set.size());
                for (Object element : set) {
                    StringBuilder one = new StringBuilder();
                    value(one, element);
                    encoded.add(one.toString());
                }
                encoded.sort(null);
                out.append('[').append(String.join(",", encoded)).append(']');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(out, (String) entry.getKey());
                    out.append(':');
                    value(out, entry.getValue());
                }
                out.append('}');
            } else {
                throw new IllegalArgumentException("the codec has no form for " + value.getClass().getName());
            }
        }

        // ------------------------------------------------------------------------------------- reading


        Object read(Object node, Type type) {
            if (node == null) {
                return null;
            }
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (raw == String.class) {
                return text(node);
            } else if (raw == boolean.class || raw == Boolean.class) {
                if (node instanceof Boolean b) {
                    return b;
                }
                throw corrupt("expected true or false");
            } else if (raw == int.class || raw == Integer.class) {
                return Math.toIntExact(number(node));
            } else if (raw == long.class || raw == Long.class) {
                return number(node);
            } else if (raw.isEnum()) {
                return enumConstant(raw, text(node));
            }
            try {
                if (raw == BigDecimal.class) {
                    return new BigDecimal(text(node));
                } else if (raw == Instant.class) {
                    return instant(text(node));
                } else if (raw == LocalDate.class) {
                    return LocalDate.parse(text(node));
                } else if (raw == LocalTime.class) {
                    return LocalTime.parse(text(node));
                } else if (raw == Duration.class) {
                    return Duration.parse(text(node));
                } else if (raw == Currency.class) {
                    return Currency.getInstance(text(node));
                } else if (raw == Locale.class) {
                    return Locale.forLanguageTag(text(node));
                }
            } catch (RuntimeException e) {
                throw corrupt("a malformed " + raw.getSimpleName());
            }
            if (raw == Sensitive.class) {
                return sensitive(node);
            } else if (raw.isRecord()) {
                return record(node, raw);
            } else if (raw == List.class || raw == Set.class || raw == Collection.class) {
                if (!(node instanceof List<?> list)) {
                    throw corrupt("expected an array");
                }
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                Collection<Object> out = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
                for (Object item : list) {
                    out.add(read(item, element));
                }
                return raw == Set.class ? Set.copyOf(out) : List.copyOf(out);
            } else if (raw == Map.class) {
                if (!(node instanceof Map<?, ?> map)) {
                    throw corrupt("expected an object");
                }
                Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.put((String) entry.getKey(), read(entry.getValue(), valueType));
                }
                return out;
            }
            throw new IllegalArgumentException("the codec has no form for " + raw.getName());
        }

        /** A sensitive text from its stored form, read as the record it once was would be. */
        private static Sensitive sensitive(Object node) {
            if (!(node instanceof Map<?, ?> object)) {
                throw corrupt("expected an object for Sensitive");
            }
            if (object.containsKey(SENSITIVE_CIPHERTEXT)) {
                if (object.size() != 2 || !(object.get(SENSITIVE_CIPHERTEXT) instanceof String ciphertext)
                        || !(object.get(SENSITIVE_KEY) instanceof String key)) {
                    throw corrupt("an encrypted Sensitive must hold a string enc and a string k only");
                }
                try {
                    return Sensitive.locked(ciphertext, key);
                } catch (RuntimeException e) {
                    throw corrupt("Sensitive refused its stored values (" + e.getClass().getSimpleName() + ")");
                }
            }
            if (!object.containsKey(SENSITIVE_TEXT)) {
                throw corrupt("Sensitive lacks " + SENSITIVE_TEXT);
            }
            Object text = object.get(SENSITIVE_TEXT);
            if (text == null) {
                throw corrupt("Sensitive refused its stored values (InvalidInputException)");
            }
            String value = text(text);
            try {
                return Sensitive.of(value);
            } catch (RuntimeException e) {
                throw corrupt("Sensitive refused its stored values (" + e.getClass().getSimpleName() + ")");
            }
        }

        Object record(Object node, Class<?> raw) {
            if (!(node instanceof Map<?, ?> object)) {
                throw corrupt("expected an object for " + raw.getSimpleName());
            }
            Shape shape = shapes.get(raw);
            Object[] arguments = new Object[shape.names().length];
            for (int i = 0; i < arguments.length; i++) {
                String name = shape.names()[i];
                if (!object.containsKey(name) && shape.whenSet()[i]) {
                    continue;
                }
                if (!object.containsKey(name)) {
                    throw corrupt(raw.getSimpleName() + " lacks " + name);
                }
                arguments[i] = read(object.get(name), shape.types()[i]);
                if (arguments[i] == null && shape.primitive()[i]) {
                    throw corrupt(raw.getSimpleName() + "." + name + " must not be null");
                }
            }
            Constructor<?> constructor = shape.constructor();
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw corrupt(raw.getSimpleName() + " refused its stored values ("
                        + e.getCause().getClass().getSimpleName() + ")");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + raw.getName(), e);
            }
        }
    }

    // ----------------------------------------------------------------------------------------- text

    private static void string(StringBuilder out, String text) {
        out.append('"');
        if (isPlain(text)) {
            out.append(text).append('"');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                escape(out, c);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    escape(out, c);
                }
            } else if (Character.isLowSurrogate(c)) {
                escape(out, c);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Whether a text needs no escape: no quote, backslash, control character or surrogate. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes an instant as {@link Instant#toString()} does ({@code 2026-03-02T01:30:00Z}; the fraction in groups of
     * three digits, as many as it needs; seconds always), without the general formatter, which took a third of
     * encoding an event; a year outside 0000 to 9999 goes to {@link Instant#toString()}.
     */
    static void instant(StringBuilder out, Instant at) {
        long seconds = at.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        if (days < MIN_FOUR_DIGIT_DAY || days > MAX_FOUR_DIGIT_DAY) {
            out.append(at);
            return;
        }
        LocalDate date = LocalDate.ofEpochDay(days);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        pad(out, date.getYear(), 4);
        out.append('-');
        pad(out, date.getMonthValue(), 2);
        out.append('-');
        pad(out, date.getDayOfMonth(), 2);
        out.append('T');
        pad(out, secondOfDay / 3_600, 2);
        out.append(':');
        pad(out, secondOfDay / 60 % 60, 2);
        out.append(':');
        pad(out, secondOfDay % 60, 2);
        int nano = at.getNano();
        if (nano > 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                pad(out, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                pad(out, nano / 1_000, 6);
            } else {
                pad(out, nano, 9);
            }
        }
        out.append('Z');
    }

    private static final long MIN_FOUR_DIGIT_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long MAX_FOUR_DIGIT_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    /** A non-negative number in exactly {@code width} digits, zeros first. */
    private static void pad(StringBuilder out, int value, int width) {
        for (int limit = 10, i = 1; i < width; i++, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        out.append(value);
    }

    private static void escape(StringBuilder out, char c) {
        out.append("\\u").append(String.format("%04x", (int) c));
    }


    /**
     * Reads an instant as {@link Instant#toString()} writes it ({@code 2026-03-02T01:30:00Z}, with up to nine
     * fraction digits, years 0000 to 9999) without the general parser, which costs a microsecond or more;
     * any other form goes to {@link Instant#parse}.
     */
    static Instant instant(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z'
                || (n > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nano = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (fraction < 1) {
                return Instant.parse(text);
            }
            nano = digits(text, 20, fraction);
            for (int i = fraction; i < 9; i++) {
                nano *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || nano < 0) {
            return Instant.parse(text);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nano);
    }

    /** The decimal number in text[from, from + count), or -1 if a character is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Constructor<?> canonical(Class<?> raw) {
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return raw.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + raw.getName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> raw, String name) {
        try {
            return Enum.valueOf((Class) raw, name);
        } catch (IllegalArgumentException e) {
            throw corrupt("unknown " + raw.getSimpleName() + " constant");
        }
    }

    private static String text(Object node) {
        if (node instanceof String text) {
            return text;
        }
        throw corrupt("expected a string");
    }

    private static long number(Object node) {
        if (node instanceof Long number) {
            return number;
        }
        throw corrupt("expected an integer");
    }

    private static StoreException corrupt(String reason) {
        return StoreException.of(ErrorCode.STORE_FAILURE, "event", "stored text cannot be decoded: " + reason);
    }

    // ----------------------------------------------------------------------------------------- parsing

    private static StoreException beyond(String reason) {
        return StoreException.of(ErrorCode.STORED_TEXT_BEYOND_LIMITS, "event",
                "stored text cannot be decoded: " + reason);
    }

    private static Object parse(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_TEXT_LENGTH) {
            throw beyond("it has " + json.length() + " characters, more than " + MAX_TEXT_LENGTH);
        }
        JsonReader reader = new JsonReader(json);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at < json.length()) {
            throw corrupt("trailing text at " + reader.at);
        }
        return value;
    }

    /**
     * A strict reader of the JSON subset the codec writes: objects, arrays, strings, integers, literals. It
     * recurses once per level of nesting, so it refuses text nested deeper than {@link #MAX_DEPTH} before the
     * stack runs out, and counts the values it builds against {@link #MAX_VALUES}.
     */
    private static final class JsonReader {
        private final String in;
        private int at;
        private int depth;
        private int values;

        JsonReader(String in) {
            this.in = in;
        }

        Object value() {
            skipSpace();
            if (at >= in.length()) {
                throw corrupt("unexpected end");
            }
            if (++values > MAX_VALUES) {
                throw beyond("more than " + MAX_VALUES + " values");
            }
            char c = in.charAt(at);
            switch (c) {
                case '{':
                    return nested(true);
                case '[':
                    return nested(false);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Object nested(boolean object) {
            if (++depth > MAX_DEPTH) {
                throw beyond("nested more than " + MAX_DEPTH + " levels deep at " + at);
            }
            Object value = object ? object() : array();
            depth--;
            return value;
        }

        private Map<String, Object> object() {
            at++;
            Map<String, Object> out = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                at++;
                return out;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw corrupt("expected a member name at " + at);
                }
                String key = string();
                skipSpace();
                expect(':');
                out.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return out;
                }
            }
        }

        private List<Object> array() {
            at++;
            List<Object> out = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                at++;
                return out;
            }
            while (true) {
                out.add(value());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return out;
                }
            }
        }

        private String string() {
            at++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= in.length()) {
                    throw corrupt("unterminated string");
                }
                char c = in.charAt(at++);
                if (c == '"') {
                    return out.toString();
                } else if (c == '\\') {
                    if (at >= in.length()) {
                        throw corrupt("unterminated escape");
                    }
                    char e = in.charAt(at++);
                    switch (e) {
                        case '"', '\\', '/' -> out.append(e);
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            if (at + 4 > in.length()) {
                                throw corrupt("short \\u escape at " + at);
                            }
                            try {
                                out.append((char) Integer.parseInt(in.substring(at, at + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw corrupt("bad \\u escape at " + at);
                            }
                            at += 4;
                        }
                        default -> throw corrupt("bad escape at " + at);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!in.startsWith(word, at)) {
                throw corrupt("unexpected text at " + at);
            }
            at += word.length();
            return value;
        }

        private Long number() {
            int start = at;
            if (peek() == '-') {
                at++;
            }
            while (at < in.length() && Character.isDigit(in.charAt(at))) {
                at++;
            }
            try {
                return Long.parseLong(in.substring(start, at));
            } catch (NumberFormatException e) {
                throw corrupt("expected a value at " + start);
            }
        }

        private char peek() {
            if (at >= in.length()) {
                throw corrupt("unexpected end");
            }
            return in.charAt(at);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw corrupt("expected '" + c + "' at " + at);
            }
            at++;
        }

        void skipSpace() {
            while (at < in.length() && Character.isWhitespace(in.charAt(at))) {
                at++;
            }
        }
    }
}
