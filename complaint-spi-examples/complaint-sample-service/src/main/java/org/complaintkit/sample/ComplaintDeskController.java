package org.complaintkit.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ExpectedVersion;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.WorkQueuePage;
import org.complaintkit.core.reporting.AccountabilityReport;
import org.complaintkit.core.reporting.DailyIncidentReport;
import org.complaintkit.core.reporting.Dimension;
import org.complaintkit.core.reporting.HandlingTimes;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complaint desk over HTTP. Every request names its caller in the sample's headers ({@link HeaderActor}, a stub
 * to replace with Spring Security); every command carries an {@code Idempotency-Key} header, and may carry
 * {@code If-Match} with the version last read (the {@code ETag} of a response) to fail with 409 rather than act on a
 * complaint someone else has changed since.
 */
@RestController
@Validated
@Tag(name = "complaint desk")
class ComplaintDeskController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ComplaintEngine engine;
    private final ComplaintStore store;
    private final CommandBinder binder;

    ComplaintDeskController(ComplaintEngine engine, ComplaintStore store, ObjectMapper json) {
        this.engine = engine;
        this.store = store;
        this.binder = new CommandBinder(json);
    }

    @Operation(summary = "Register a complaint",
            description = "The body holds RegisterComplaint's members but actor and idempotencyKey: complainant,"
                    + " channel, receivedAt, receivingUnit, subjects, content, request, and optionally forwardedFrom,"
                    + " jurisdiction, confidential, firstContactOwner, headcount.")
    @PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResponse> register(HttpServletRequest request,
                                             @RequestBody(required = false) JsonNode body) {
        Caller caller = Caller.of(request);
        CommandResult result = engine.execute(binder.register(body, caller.actor(), caller.key()));
        return respond(ResponseEntity.created(URI.create("/complaints/" + result.complaintId().value())), result);
    }

    @Operation(summary = "Act on a complaint",
            description = "One endpoint per command type, named after the library's CommandType in kebab case"
                    + " (accept, assign, start-investigation, propose-resolution, approve-resolution, respond, close,"
                    + " ...). The body holds the command record's members but complaintId, actor and"
                    + " idempotencyKey; commands that carry nothing more take an empty body.")
    @PostMapping(path = "/complaints/{id}/commands/{type}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommandResponse> act(HttpServletRequest request, @PathVariable("id") String id,
                                        @Parameter(description = "the command type in kebab case, such as accept")
                                        @PathVariable("type") String type,
                                        @RequestBody(required = false) JsonNode body) {
        Caller caller = Caller.of(request);
        CommandType commandType = CommandBinder.type(type);
        OptionalLong expected = ifMatch(request.getHeader(HttpHeaders.IF_MATCH));
        HandlingCommand command = binder.handle(commandType, body, ComplaintId.of(id), caller.actor(), caller.key());
        // The engine checks If-Match: a complaint moved past it is refused (409, CMP-3006); a retry of a key already
        // applied is answered with the first result, whatever the version is now.
        CommandResult result = expected.isPresent()
                ? engine.execute(command, ExpectedVersion.of(expected.getAsLong())) : engine.execute(command);
        return respond(ResponseEntity.ok(), result);
    }

    @Operation(summary = "Read a complaint as the caller may see it (personal data masked without the right)")
    @GetMapping(path = "/complaints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintView> view(HttpServletRequest request, @PathVariable("id") String id) {
        ComplaintId complaint = ComplaintId.of(id);
        ComplaintView view = engine.view(complaint, HeaderActor.of(request));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        engine.hostReads().find(complaint).ifPresent(state -> ok.eTag("\"" + state.version() + "\""));
        return ok.body(view);
    }

    @Operation(summary = "The case file: the whole handling as a written record, as text or HTML")
    @GetMapping(path = "/complaints/{id}/case-file", produces = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<String> caseFile(HttpServletRequest request, @PathVariable("id") String id) {
        var file = engine.caseFile(ComplaintId.of(id), HeaderActor.of(request));
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !accept.contains(MediaType.TEXT_PLAIN_VALUE)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(file.html());
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(file.text());
    }

    @Operation(summary = "The complaint's SLA clocks")
    @GetMapping(path = "/complaints/{id}/clocks", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ClockSummary> clocks(HttpServletRequest request, @PathVariable("id") String id) {
        return engine.clocks(ComplaintId.of(id), HeaderActor.of(request)).stream().map(ClockSummary::of).toList();
    }

    @Operation(summary = "How a clock's deadline was worked out, step by step, as text")
    @GetMapping(path = "/complaints/{id}/clocks/{clockId}/explanation", produces = MediaType.TEXT_PLAIN_VALUE)
    String deadlineExplanation(HttpServletRequest request, @PathVariable("id") String id,
                               @PathVariable("clockId") String clockId) {
        return engine.explain(ComplaintId.of(id), clockId, HeaderActor.of(request)).toString();
    }

    @Operation(summary = "The complaint's classification with its explanation: the rules that fired for each class,"
            + " flag and the priority; 404 when the engine classifies nothing")
    @GetMapping(path = "/complaints/{id}/classification", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClassificationResult> classification(HttpServletRequest request, @PathVariable("id") String id) {
        return ResponseEntity.of(engine.classification(ComplaintId.of(id), HeaderActor.of(request)));
    }

    @Operation(summary = "A work queue: open complaints by status and unit, a page at a time (follow next)")
    @GetMapping(path = "/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> queue(HttpServletRequest request,
                              @RequestParam(name = "status", required = false) Set<ComplaintStatus> statuses,
                              @RequestParam(name = "unit", required = false) String unit,
                              @RequestParam(name = "after", required = false) String after,
                              @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(ComplaintQuery.MAX_LIMIT)
                              int limit) {
        Actor reader = HeaderActor.of(request);
        ComplaintQuery.Builder query = ComplaintQuery.builder(limit);
        if (statuses != null && !statuses.isEmpty()) {
            query.statuses(statuses);
        }
        if (unit != null) {
            query.unit(UnitId.of(unit));
        }
        if (after != null) {
            query.after(ComplaintId.of(after));
        }
        WorkQueuePage page = engine.workQueue(query.build(), reader);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(QueueEntry::of).toList());
        body.put("next", page.next().map(ComplaintId::value).orElse(null));
        return body;
    }

    @Operation(summary = "The daily incident report as CSV: complaints received on a day, by class of a scheme and"
            + " by channel")
    @GetMapping(path = "/reports/daily-incidents.csv", produces = "text/csv")
    ResponseEntity<String> dailyIncidents(HttpServletRequest request,
                                          @RequestParam("day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate day,
                                          @RequestParam("scheme") @NotBlank String scheme) {
        HeaderActor.of(request);
        DailyIncidentReport report = DailyIncidentReport.compute(store, day, engine.clock().getZone(), scheme);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"daily-incidents-" + day + ".csv\"")
                .body(report.table().toCsv());
    }

    @Operation(summary = "The accountability report as CSV: a calendar year's complaints by unit, liability and"
            + " sanctions")
    @GetMapping(path = "/reports/accountability.csv", produces = "text/csv")
    ResponseEntity<String> accountability(HttpServletRequest request,
                                          @RequestParam("year") @Min(2000) @Max(2100) int year) {
        HeaderActor.of(request);
        AccountabilityReport report = AccountabilityReport.compute(store, Year.of(year), engine.clock().getZone());
        return csv(report.table().toCsv(), "accountability-" + year);
    }

    @Operation(summary = "Handling times as CSV: the closed complaints received in a period (from inclusive, to"
            + " exclusive, days in the engine's zone), measured in working time on the default calendar, grouped by"
            + " the dimensions named in by (such as channel, receiving-unit, month-received); one group without")
    @GetMapping(path = "/reports/handling-times.csv", produces = "text/csv")
    ResponseEntity<String> handlingTimes(HttpServletRequest request,
                                         @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                         LocalDate from,
                                         @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                         LocalDate to,
                                         @RequestParam(name = "by", required = false) List<String> by) {
        HeaderActor.of(request);
        ZoneId zone = engine.clock().getZone();
        Dimension[] dimensions = ReportDimensions.named(by == null ? List.of() : by);
        if (!to.isAfter(from)) {
            throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "to", "the period ends after it starts");
        }
        var calendar = engine.sla().defaultCalendar().orElseThrow().latest().calendar();
        ComplaintQuery received = ComplaintQuery.builder(ComplaintQuery.MAX_LIMIT)
                .receivedBetween(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant()).build();
        HandlingTimes times = HandlingTimes.compute(store, received, unit -> calendar, zone, dimensions);
        return csv(times.table().toCsv(), "handling-times-" + from + "-" + to);
    }

    private static ResponseEntity<String> csv(String body, String name) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"").body(body);
    }

    private static ResponseEntity<CommandResponse> respond(ResponseEntity.BodyBuilder builder, CommandResult result) {
        builder.eTag("\"" + result.version() + "\"");
        if (result.replayed()) {
            builder.header(REPLAYED, "true");
        }
        return builder.body(CommandResponse.of(result));
    }

    /** Reads {@code If-Match: "7"} (or {@code 7}); a list or a wildcard is not taken. */
    private static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String value = header.strip();
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 2) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 1) {
                return OptionalLong.of(version);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(ErrorCode.BAD_FORMAT, "header If-Match",
                "If-Match takes the ETag of the complaint's last response, such as \"3\"");
    }

    /** The caller and the idempotency key of a command, read together so that every missing header is listed. */
    private record Caller(Actor actor, IdempotencyKey key) {
        static Caller of(HttpServletRequest request) {
            List<Violation> problems = new ArrayList<>();
            Actor actor = null;
            try {
                actor = HeaderActor.of(request);
            } catch (ComplaintKitException e) {
                problems.addAll(e.violations());
            }
            IdempotencyKey key = null;
            String header = request.getHeader(IDEMPOTENCY_KEY);
            if (header == null || header.isBlank()) {
                problems.add(new Violation(ErrorCode.REQUIRED, "header " + IDEMPOTENCY_KEY,
                        "every command carries a key of its own, such as a UUID; a retry sends the same key"));
            } else {
                try {
                    key = IdempotencyKey.of(header.strip());
                } catch (ComplaintKitException e) {
                    e.violations().forEach(v -> problems.add(new Violation(v.code(), "header " + IDEMPOTENCY_KEY,
                            v.message())));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new Caller(actor, key);
        }
    }
}
