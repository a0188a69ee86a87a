package org.complaintkit.core.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.Department;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;

/**
 * Routes complaints by rules read from a plain text file (DOMAIN.md §4): the rule for the complaint's
 * classes names the kind of the first-responsible department and of the co-handlers; each department is
 * looked for in the receiving unit, then up the hierarchy, so an outlet's complaint goes to its
 * sub-branch's department of that kind. The file also names tiers, such as the card centre's agent → care
 * group → service manager → senior manager, each a role with its own authority.
 *
 * <pre>
 * route fees
 *   classes    seed.matter:irregular-fees
 *   department BUSINESS_LINE
 *   co         CUSTOMER_SERVICE
 *   priority   60
 *
 * tiers CARD_CENTRE card-agent card-care-group card-service-manager card-senior-manager
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Router {
    private final List<RoutingRule> rules;
    private final Map<DepartmentKind, List<Role>> tiers;

    private Router(List<RoutingRule> rules, Map<DepartmentKind, List<Role>> tiers) {
        this.rules = List.copyOf(rules);
        this.tiers = Map.copyOf(tiers);
    }

    /**
     * The shipped rules ({@code default.routes}).
     *
     * @return the router
     */
    public static Router standard() {
        try (var in = Router.class.getResourceAsStream("default.routes")) {
            return parse("default.routes", new String(Objects.requireNonNull(in, "default.routes").readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read default.routes", e);
        }
    }

    /**
     * Parses routing rules and tiers.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @return the router
     * @throws ConfigurationException listing every problem with file and line ({@code CMP-4006})
     */
    public static Router parse(String name, String text) {
        List<Violation> problems = new ArrayList<>();
        List<RoutingRule> rules = new ArrayList<>();
        Map<DepartmentKind, List<Role>> tiers = new LinkedHashMap<>();
        String id = null;
        String where = null;
        Set<String> classes = new LinkedHashSet<>();
        DepartmentKind department = null;
        List<DepartmentKind> co = new ArrayList<>();
        int priority = 50;
        boolean broken = false;
        String[] lines = (text + "\nroute").split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String here = name + ":" + (n + 1);
            String[] parts = line.split("\\s+");
            try {
                switch (parts[0]) {
                    case "route" -> {
                        if (id != null && !broken) {
                            if (department == null) {
                                problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, where,
                                        "route " + id + " names no department"));
                            } else {
                                rules.add(new RoutingRule(id, classes, department, co, priority));
                            }
                        }
                        if (n == lines.length - 1) {
                            break;
                        }
                        if (parts.length != 2) {
                            throw new IllegalArgumentException("write: route <id>");
                        }
                        id = parts[1];
                        where = here;
                        classes = new LinkedHashSet<>();
                        department = null;
                        co = new ArrayList<>();
                        priority = 50;
                        broken = false;
                    }
                    case "classes" -> classes.addAll(List.of(parts).subList(1, parts.length));
                    case "department" -> department = kind(parts, 1);
                    case "co" -> {
                        for (int i = 1; i < parts.length; i++) {
                            co.add(kind(parts, i));
                        }
                    }
                    case "priority" -> priority = Integer.parseInt(parts[1]);
                    case "tiers" -> {
                        List<Role> roles = new ArrayList<>();
                        for (int i = 2; i < parts.length; i++) {
                            roles.add(Role.of(parts[i]));
                        }
                        if (roles.size() < 2) {
                            throw new IllegalArgumentException("tiers need a department kind and at least two roles");
                        }
                        tiers.put(kind(parts, 1), roles);
                    }
                    default -> throw new IllegalArgumentException("unknown statement '" + parts[0] + "'");
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | ComplaintKitException e) {
                String reason = e instanceof NumberFormatException ? "not a number" : e instanceof ComplaintKitException k
                        ? k.violations().get(0).message() : String.valueOf(e.getMessage());
                problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, here, reason));
                broken = true;
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new Router(rules, tiers);
    }

    private static DepartmentKind kind(String[] parts, int index) {
        try {
            return DepartmentKind.valueOf(parts[index]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown department kind '" + parts[index] + "'; one of "
                    + Arrays.toString(DepartmentKind.values()));
        }
    }

    /**
     * Routes a complaint.
     *
     * @param receivingUnit where it was received
     * @param classes its class codes, as {@code scheme:code}
     * @param directory the organisation
     * @return the decision, or empty if no rule matches or no unit up the hierarchy has the department
     */
    public Optional<RoutingDecision> route(UnitId receivingUnit, Set<String> classes, OrganisationDirectory directory) {
        RoutingRule best = null;
        for (RoutingRule rule : rules) {
            if (rule.matches(classes) && (best == null || rule.priority() > best.priority())) {
                best = rule;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<String> explanation = new ArrayList<>();
        explanation.add("rule " + best.id() + " (priority " + best.priority() + ")"
                + (best.classes().isEmpty() ? " for any complaint" : " for " + best.classes()));
        Optional<HandlingUnit> first = find(receivingUnit, best.department(), directory, explanation);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<HandlingUnit> coHandlers = new ArrayList<>();
        Set<DepartmentKind> seen = EnumSet.of(best.department());
        for (DepartmentKind kind : best.coHandlers()) {
            if (seen.add(kind)) {
                find(receivingUnit, kind, directory, explanation).ifPresent(coHandlers::add);
            }
        }
        return Optional.of(new RoutingDecision(first.get(), coHandlers, best.id(), explanation));
    }

    private static Optional<HandlingUnit> find(UnitId from, DepartmentKind kind, OrganisationDirectory directory,
                                               List<String> explanation) {
        for (var unit = directory.unit(from); unit.isPresent(); unit = directory.parentOf(unit.get().id())) {
            for (Department d : directory.departments(unit.get().id())) {
                if (d.kind() == kind) {
                    explanation.add(kind + ": " + d.id() + " at " + unit.get().id()
                            + (unit.get().id().equals(from) ? "" : " (found above " + from + ")"));
                    return Optional.of(new HandlingUnit(unit.get().id(), d.id()));
                }
            }
        }
        explanation.add(kind + ": no unit from " + from + " up has one");
        return Optional.empty();
    }

    /**
     * Returns the tier above a role in a department's tiers, such as the card centre's care group above its
     * agents.
     *
     * @param department the department kind
     * @param role the current tier's role
     * @return the next tier's role, or empty at the top or for a department without tiers
     */
    public Optional<Role> tierAbove(DepartmentKind department, Role role) {
        List<Role> ladder = tiers.getOrDefault(department, List.of());
        int at = ladder.indexOf(role);
        return at < 0 || at + 1 >= ladder.size() ? Optional.empty() : Optional.of(ladder.get(at + 1));
    }

    /**
     * Returns a department's tiers, lowest first.
     *
     * @param department the department kind
     * @return the tiers' roles; empty if it has none
     */
    public List<Role> tiers(DepartmentKind department) {
        return tiers.getOrDefault(department, List.of());
    }

    /**
     * Returns the rules.
     *
     * @return the rules, in file order
     */
    public List<RoutingRule> rules() {
        return rules;
    }
}
