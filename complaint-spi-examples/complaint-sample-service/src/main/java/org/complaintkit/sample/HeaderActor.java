package org.complaintkit.sample;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * <strong>A STUB FOR THE SAMPLE, NOT AUTHENTICATION.</strong> Reads who calls from three request headers,
 * {@value #STAFF}, {@value #UNIT} and {@value #ROLES} (comma-separated role codes such as {@code handler,approver}),
 * which any client can set to anything. A real service replaces this class with Spring Security: the staff id, unit
 * and roles come from a verified token of the bank's identity provider (an OAuth2 resource server, for example),
 * never from headers the caller chooses.
 */
final class HeaderActor {
    /** The header naming the staff member. */
    static final String STAFF = "X-Staff-Id";
    /** The header naming the staff member's unit. */
    static final String UNIT = "X-Unit-Id";
    /** The header listing the staff member's roles. */
    static final String ROLES = "X-Roles";

    /**
     * The roles the default access policy and lifecycle recognise: another code would give the caller no right at
     * all, silently, so it is refused instead. {@code system} is among them so that the engine refuses it with its
     * own code ({@code CMP-2119}).
     */
    static final List<Role> KNOWN_ROLES = List.of(Role.RECEIVER, Role.HANDLER, Role.APPROVER, Role.COMPLAINT_MANAGER,
            Role.SYSTEM);

    private HeaderActor() {
    }

    /**
     * Reads the actor of a request.
     *
     * @param request the request
     * @return the actor
     * @throws InvalidInputException listing every header missing ({@code CMP-1001}) or malformed, and every role
     *     that is not one of {@link #KNOWN_ROLES} ({@code CMP-1006})
     */
    static Actor of(HttpServletRequest request) {
        List<Violation> problems = new ArrayList<>();
        StaffId staff = read(request, STAFF, problems, StaffId::of);
        UnitId unit = read(request, UNIT, problems, UnitId::of);
        Set<Role> roles = new LinkedHashSet<>();
        String rolesHeader = request.getHeader(ROLES);
        if (rolesHeader == null || rolesHeader.isBlank()) {
            problems.add(new Violation(ErrorCode.REQUIRED, "header " + ROLES, "name the caller's roles, such as handler"));
        } else {
            for (String code : rolesHeader.split(",")) {
                Role role = parse(code.strip(), "header " + ROLES, problems, Role::of);
                if (role != null && !KNOWN_ROLES.contains(role)) {
                    problems.add(new Violation(ErrorCode.INVALID_VALUE, "header " + ROLES, "not a role the sample's"
                            + " access policy knows; the roles are " + KNOWN_ROLES.stream().map(Role::code)
                            .collect(Collectors.joining(", "))));
                } else if (role != null) {
                    roles.add(role);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Actor.staff(staff, unit, roles.toArray(Role[]::new));
    }

    private static <T> T read(HttpServletRequest request, String header, List<Violation> problems,
                              Function<String, T> parse) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            problems.add(new Violation(ErrorCode.REQUIRED, "header " + header, "the header is required"));
            return null;
        }
        return parse(value.strip(), "header " + header, problems, parse);
    }

    private static <T> T parse(String value, String path, List<Violation> problems,
                               Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (ComplaintKitException e) {
            e.violations().forEach(v -> problems.add(new Violation(v.code(), path, v.message())));
            return null;
        }
    }
}
