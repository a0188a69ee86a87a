package org.complaintkit.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import org.complaintkit.api.complaint.Sensitive;

/**
 * Writes the library's one-text value types ({@code ComplaintId}, {@code IdempotencyKey}, {@code StaffId},
 * {@code UnitId}, {@code Role}, {@code CustomerRef} and every other record of {@code org.complaintkit} with a single
 * {@code String} component) as a plain JSON string, and reads them back through their checking constructors, so
 * that a request says {@code "unit":"GD-SZ"} rather than {@code "unit":{"value":"GD-SZ"}}. {@link Sensitive} texts
 * are read from a string; they are never written by this service (its responses leave personal data out).
 */
final class ValueTypesModule extends SimpleModule {

    ValueTypesModule() {
        super("complaintkit-value-types");
        setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription description) {
                Class<?> raw = type.getRawClass();
                if (raw == Sensitive.class) {
                    return new TextDeserializer(raw, text -> Sensitive.of(text));
                }
                Constructor<?> constructor = oneTextConstructor(raw);
                return constructor == null ? null : new TextDeserializer(raw, text -> construct(constructor, text));
            }
        });
        setSerializers(new SimpleSerializers() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                                    BeanDescription description) {
                Class<?> raw = type.getRawClass();
                if (raw == Sensitive.class) {
                    return new MaskedSerializer();
                }
                return oneTextConstructor(raw) == null ? null : new TextSerializer(raw.getRecordComponents()[0]
                        .getAccessor());
            }
        });
    }

    /** The canonical constructor of a library record with one String component, or null. */
    static Constructor<?> oneTextConstructor(Class<?> raw) {
        if (!raw.isRecord() || !raw.getPackageName().startsWith("org.complaintkit.")) {
            return null;
        }
        RecordComponent[] components = raw.getRecordComponents();
        if (components.length != 1 || components[0].getType() != String.class) {
            return null;
        }
        try {
            return raw.getDeclaredConstructor(String.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object construct(Constructor<?> constructor, String text) {
        try {
            return constructor.newInstance(text);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes a value from its text. */
    @FunctionalInterface
    private interface FromText {
        Object make(String text);
    }

    private static final class TextDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final FromText from;

        TextDeserializer(Class<?> type, FromText from) {
            this.type = type;
            this.from = from;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, parser);
            }
            return from.make(parser.getText());
        }
    }

    private static final class TextSerializer extends JsonSerializer<Object> {
        private final Method accessor;

        TextSerializer(Method accessor) {
            this.accessor = accessor;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            try {
                generator.writeString((String) accessor.invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class MaskedSerializer extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }
}
