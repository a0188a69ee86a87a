package org.complaintkit.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.error.Violation;

/**
 * Turns a JSON body into a command record, driven by {@link CommandType}: the record is the one the type's
 * {@link CommandType#label() label} names in {@code org.complaintkit.api.command}, its JSON members are the record's
 * components, and the members the request gives elsewhere ({@code complaintId} from the path, {@code actor} from
 * the caller, {@code idempotencyKey} from the {@code Idempotency-Key} header) are set here. A new command type in
 * the library is served without a line changed here.
 *
 * <p>A body that cannot be read as the record (not JSON, a member the record does not have, a value of the wrong
 * form) is refused at the first place it fails, with the JSON path; a body that can be read is checked in full by
 * the engine, which lists every violation at once.
 */
final class CommandBinder {
    private static final List<String> SET_HERE = List.of("complaintId", "actor", "idempotencyKey");
    private final ObjectMapper json;

    CommandBinder(ObjectMapper json) {
        this.json = json.copy().registerModule(new ValueTypesModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads the path segment that names a command, such as {@code accept} or {@code propose-resolution}.
     *
     * @param segment the segment
     * @return the type
     * @throws InvalidInputException coded {@code CMP-1006} if no command type, other than register, has that name
     */
    static CommandType type(String segment) {
        String name = segment.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(CommandType.values()).filter(t -> t != CommandType.REGISTER && t.name().equals(name))
                .findFirst().orElseThrow(() -> InvalidInputException.of(ErrorCode.INVALID_VALUE, "type",
                        "not a command this service takes; it takes " + Arrays.stream(CommandType.values())
                                .filter(t -> t != CommandType.REGISTER).map(CommandBinder::segment)
                                .collect(Collectors.joining(", "))));
    }

    /**
     * Returns the path segment of a command type, such as {@code propose-resolution}.
     *
     * @param type the type
     * @return the segment
     */
    static String segment(CommandType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Binds a registration.
     *
     * @param body the request body
     * @param actor who registers
     * @param key the idempotency key
     * @return the command
     */
    RegisterComplaint register(JsonNode body, Actor actor, IdempotencyKey key) {
        return (RegisterComplaint) bind(RegisterComplaint.class, body, null, actor, key);
    }

    /**
     * Binds a command on an existing complaint.
     *
     * @param type the command type
     * @param body the request body; an empty body for commands that carry nothing more
     * @param id the complaint
     * @param actor who acts
     * @param key the idempotency key
     * @return the command
     */
    HandlingCommand handle(CommandType type, JsonNode body, ComplaintId id, Actor actor, IdempotencyKey key) {
        return (HandlingCommand) bind(recordOf(type), body, id, actor, key);
    }

    /**
     * Returns the record of a command type: the one its label names in {@code org.complaintkit.api.command}.
     *
     * @param type the type
     * @return the record class
     */
    static Class<?> recordOf(CommandType type) {
        try {
            return Class.forName(RegisterComplaint.class.getPackageName() + "." + type.label());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("CommandType." + type + " names no record", e);
        }
    }

    private ComplaintCommand bind(Class<?> record, JsonNode body, ComplaintId id, Actor actor, IdempotencyKey key) {
        ObjectNode members;
        if (body == null || body.isNull() || body.isMissingNode()) {
            members = json.createObjectNode();
        } else if (body instanceof ObjectNode object) {
            members = object.deepCopy();
        } else {
            throw InvalidInputException.of(ErrorCode.BAD_FORMAT, "body", "the body is a JSON object");
        }
        List<Violation> problems = new ArrayList<>();
        for (String name : SET_HERE) {
            if (members.has(name)) {
                problems.add(new Violation(ErrorCode.INVALID_VALUE, name, "set by the service from the path and"
                        + " headers (the complaint, the caller, Idempotency-Key); leave it out of the body"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (id != null) {
            members.set("complaintId", json.valueToTree(id));
        }
        members.set("actor", json.valueToTree(actor));
        members.set("idempotencyKey", json.valueToTree(key));
        try {
            return (ComplaintCommand) json.treeToValue(members, record);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException inner) {
                throw unreadable(inner);
            }
            throw e;
        }
    }

    /** The violation a body that Jackson cannot read is refused with: its place, never the value itself. */
    private static ComplaintKitException unreadable(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "body";
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof ComplaintKitException coded) {
                List<Violation> within = coded.violations().stream()
                        .map(v -> new Violation(v.code(), path, v.message())).toList();
                return new InvalidInputException(within);
            }
            cause = cause.getCause();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return InvalidInputException.of(ErrorCode.INVALID_VALUE, path, "the command has no member called this;"
                    + " its members are " + unknown.getKnownPropertyIds());
        }
        return InvalidInputException.of(ErrorCode.BAD_FORMAT, path, "cannot be read as the value this member takes");
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
