package org.complaintkit.sample;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Sensitive;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Gives each command its body's schema in the OpenAPI document. The service takes every command on one mapping,
 * {@code POST /complaints/{id}/commands/{type}} (bound by {@link CommandBinder} from the type); the document shows
 * it as one operation per command type ({@code /complaints/{id}/commands/accept}, ...), each with the schema of its
 * command record without the members the service sets ({@code complaintId}, {@code actor},
 * {@code idempotencyKey}), and gives registration the schema of {@link RegisterComplaint}. Built from
 * {@link CommandType}, so a command the library adds is documented as it is served: without a change here. The
 * library's one-text values (ids, keys) are strings in JSON ({@link ValueTypesModule}) and in the schemas.
 */
final class CommandSchemas implements OpenApiCustomizer {
    static final String GENERIC = "/complaints/{id}/commands/{type}";
    private static final List<String> SET_HERE = List.of("complaintId", "actor", "idempotencyKey");

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        PathItem generic = api.getPaths() == null ? null : api.getPaths().get(GENERIC);
        PathItem registration = api.getPaths() == null ? null : api.getPaths().get("/complaints");
        if (registration != null && registration.getPost() != null) {
            registration.getPost().setRequestBody(body(schema(api, RegisterComplaint.class)));
        }
        if (generic == null || generic.getPost() == null) {
            return;
        }
        Operation template = generic.getPost();
        Map<String, PathItem> paths = new LinkedHashMap<>();
        for (CommandType type : CommandType.values()) {
            if (type == CommandType.REGISTER) {
                continue;
            }
            String segment = CommandBinder.segment(type);
            Operation operation = new Operation().summary(type.label() + ": " + template.getSummary())
                    .operationId("command-" + segment).tags(template.getTags()).responses(template.getResponses())
                    .requestBody(body(schema(api, CommandBinder.recordOf(type))));
            List<io.swagger.v3.oas.models.parameters.Parameter> parameters = new ArrayList<>();
            if (template.getParameters() != null) {
                template.getParameters().stream().filter(p -> !"type".equals(p.getName())).forEach(parameters::add);
            }
            operation.setParameters(parameters);
            paths.put("/complaints/{id}/commands/" + segment, new PathItem().post(operation));
        }
        api.getPaths().remove(GENERIC);
        paths.forEach(api.getPaths()::addPathItem);
    }

    private static RequestBody body(Schema<?> schema) {
        return new RequestBody().content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(schema)));
    }

    /** The schema of a command's body: its record's members but those the service sets, nested types as components. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> schema(OpenAPI api, Class<?> record) {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new TextValues());
        Map<String, Schema> resolved = converters.readAll(new AnnotatedType(record));
        resolved.forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
        Schema<?> own = resolved.get(record.getSimpleName());
        Schema<Object> body = new Schema<>();
        body.type("object");
        body.setTitle(record.getSimpleName());
        if (own != null && own.getProperties() != null) {
            Map<String, Schema> members = new LinkedHashMap<>(own.getProperties());
            SET_HERE.forEach(members::remove);
            body.setProperties(members);
            if (own.getRequired() != null) {
                body.setRequired(own.getRequired().stream().filter(r -> !SET_HERE.contains(r)).toList());
            }
        }
        api.getComponents().getSchemas().remove(record.getSimpleName());
        String name = record.getSimpleName() + "Body";
        api.getComponents().addSchemas(name, body);
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    /** The library's one-text values (ids, keys) and {@code Sensitive} texts, which JSON carries as strings. */
    static final class TextValues implements ModelConverter {
        @Override
        @SuppressWarnings("rawtypes")
        public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            JavaType java = Json.mapper().constructType(type.getType());
            Class<?> raw = java == null ? null : java.getRawClass();
            if (raw != null && (raw == Sensitive.class || ValueTypesModule.oneTextConstructor(raw) != null)) {
                return new StringSchema();
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        }
    }
}
