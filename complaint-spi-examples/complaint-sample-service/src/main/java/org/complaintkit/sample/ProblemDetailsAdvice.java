package org.complaintkit.sample;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.StoreUnavailableException;
import org.complaintkit.api.error.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers every refusal as an RFC 9457 problem detail ({@code application/problem+json}) carrying the library's
 * codes: {@code code} (the first) and {@code violations}, each with its {@code field} and {@code code}. Jakarta
 * Validation's constraints on this service's own parameters are given the library's codes for the same rule
 * ({@code @NotNull} {@code CMP-1001}, {@code @NotBlank} {@code CMP-1002}, {@code @Size} {@code CMP-1003},
 * {@code @Pattern} {@code CMP-1004}, {@code @Min}/{@code @Max} {@code CMP-1005}, others {@code CMP-1006}).
 *
 * <p>Neither a problem detail nor a log line holds a value the caller sent: the library's messages hold no personal
 * data, and this class writes fields and codes, never the rejected values or Jackson's messages (which quote them).
 *
 * <table>
 *   <caption>Statuses</caption>
 *   <tr><th>status</th><th>when</th></tr>
 *   <tr><td>400</td><td>bad input: {@code CMP-1xxx}</td></tr>
 *   <tr><td>403</td><td>the access policy or the directory refuses the caller (recusal, access denied, actor
 *   unknown, inactive or not as the directory says)</td></tr>
 *   <tr><td>404</td><td>no complaint has the id ({@code CMP-3003})</td></tr>
 *   <tr><td>409</td><td>a concurrent modification ({@code CMP-3001}: someone changed the complaint first), a
 *   complaint no longer at the {@code If-Match} version ({@code CMP-3006}) or a complaint that exists already
 *   ({@code CMP-3004})</td></tr>
 *   <tr><td>422</td><td>the lifecycle or a rule refuses the command ({@code CMP-2xxx}), or an idempotency key is
 *   reused for another command ({@code CMP-3002}, {@code CMP-3005})</td></tr>
 *   <tr><td>503</td><td>the store cannot be reached ({@code CMP-3101}): retry with the same idempotency key</td></tr>
 * </table>
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Set<ErrorCode> FORBIDDEN = Set.of(ErrorCode.RECUSAL, ErrorCode.ACCESS_DENIED,
            ErrorCode.ACTOR_UNKNOWN, ErrorCode.ACTOR_INACTIVE, ErrorCode.ACTOR_MISMATCH, ErrorCode.SYSTEM_ACTOR_CLAIMED);
    private static final Map<String, ErrorCode> CONSTRAINTS = Map.of("NotNull", ErrorCode.REQUIRED,
            "NotBlank", ErrorCode.BLANK, "NotEmpty", ErrorCode.REQUIRED, "Size", ErrorCode.TOO_LONG,
            "Pattern", ErrorCode.BAD_FORMAT, "Min", ErrorCode.OUT_OF_RANGE, "Max", ErrorCode.OUT_OF_RANGE,
            "Positive", ErrorCode.OUT_OF_RANGE, "PositiveOrZero", ErrorCode.OUT_OF_RANGE);

    @ExceptionHandler(ComplaintKitException.class)
    ResponseEntity<ProblemDetail> library(ComplaintKitException e) {
        HttpStatus status = status(e);
        if (status.is5xxServerError()) {
            LOG.warn("request failed in the library: {} {}", e.getClass().getSimpleName(), codes(e.violations()));
        } else {
            LOG.debug("request refused: {} {}", status.value(), codes(e.violations()));
        }
        return problem(status, title(status, e), e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request body is not JSON",
                List.of(new Violation(ErrorCode.BAD_FORMAT, "body", "the body is not well-formed JSON")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad input", List.of(new Violation(ErrorCode.BAD_FORMAT, e.getName(),
                "cannot be read as " + (e.getRequiredType() == null ? "this parameter's type"
                        : e.getRequiredType().getSimpleName()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad input", List.of(new Violation(ErrorCode.REQUIRED,
                e.getParameterName(), "the parameter is required")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraints(ConstraintViolationException e) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(code(v.getConstraintDescriptor().getAnnotation()), field(v.getPropertyPath()),
                    v.getMessage()));
        }
        return problem(HttpStatus.BAD_REQUEST, "Bad input", sorted(violations));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> parameters(HandlerMethodValidationException e) {
        List<Violation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError f ? name + "." + f.getField() : name;
                String[] codes = error.getCodes();
                String constraint = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
                violations.add(new Violation(CONSTRAINTS.getOrDefault(constraint, ErrorCode.INVALID_VALUE),
                        String.valueOf(field), String.valueOf(error.getDefaultMessage())));
            }
        });
        return problem(HttpStatus.BAD_REQUEST, "Bad input", sorted(violations));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // the class only: a message may quote what the caller sent
        LOG.error("request failed unexpectedly: {}", e.getClass().getName());
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        body.setTitle("The service failed");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static HttpStatus status(ComplaintKitException e) {
        if (e.has(ErrorCode.COMPLAINT_NOT_FOUND)) {
            return HttpStatus.NOT_FOUND;
        }
        if (e.has(ErrorCode.VERSION_CONFLICT) || e.has(ErrorCode.STALE_VERSION) || e.has(ErrorCode.DUPLICATE_COMPLAINT)) {
            return HttpStatus.CONFLICT;
        }
        if (e.has(ErrorCode.IDEMPOTENCY_KEY_REUSED) || e.has(ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED)) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        if (e instanceof StoreUnavailableException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (e instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof CommandRefusedException) {
            boolean forbidden = !e.violations().isEmpty()
                    && e.violations().stream().allMatch(v -> FORBIDDEN.contains(v.code()));
            return forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String title(HttpStatus status, ComplaintKitException e) {
        return switch (status) {
            case BAD_REQUEST -> "Bad input";
            case FORBIDDEN -> "Not allowed to the caller";
            case NOT_FOUND -> "No such complaint";
            case CONFLICT -> "The complaint was changed by someone else";
            case UNPROCESSABLE_ENTITY -> e instanceof StoreException ? "Idempotency key reused"
                    : "Refused by the complaint's rules";
            case SERVICE_UNAVAILABLE -> "The complaint store cannot be reached";
            default -> "The service failed";
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<Violation> violations) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(title);
        if (!violations.isEmpty()) {
            ErrorCode first = violations.get(0).code();
            body.setType(URI.create("urn:complaintkit:error:" + first.code()));
            body.setDetail(first.meaning());
            body.setProperty("code", first.code());
            body.setProperty("violations", violations.stream().map(ProblemDetailsAdvice::member).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static Map<String, String> member(Violation violation) {
        Map<String, String> member = new LinkedHashMap<>();
        member.put("field", violation.path());
        member.put("code", violation.code().code());
        member.put("message", violation.message());
        return member;
    }

    private static ErrorCode code(Annotation constraint) {
        return CONSTRAINTS.getOrDefault(constraint.annotationType().getSimpleName(), ErrorCode.INVALID_VALUE);
    }

    /** A property path without the method's name: {@code queue.limit} becomes {@code limit}. */
    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        path.forEach(node -> names.add(node.getName()));
        return names.size() > 1 ? String.join(".", names.subList(1, names.size())) : String.join(".", names);
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().sorted(Comparator.comparing(Violation::path)).toList();
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().code()).distinct().toList();
    }
}
