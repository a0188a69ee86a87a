package org.complaintkit.directory.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.spi.organisation.AuthorityLimit;
import org.complaintkit.spi.organisation.Department;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import java.util.Arrays;

/**
 * An organisation directory read from four CSV files with a header line each, as a bank's administrators
 * keep them in a spreadsheet (UTF-8; {@code #} starts a comment line):
 *
 * <ul>
 *   <li>{@code units.csv}: {@code id,name,level,parent,calendar}. The level is one of {@link UnitLevel}.
 *       The parent is empty for the head office only, and it must be a level above. The calendar is the
 *       id of the business calendar the unit works to.</li>
 *   <li>{@code departments.csv}: {@code id,unit,name,kind}. The kind is one of {@link DepartmentKind}.</li>
 *   <li>{@code staff.csv}: {@code id,unit,department,roles,active,deputy}. Roles are separated by
 *       {@code ;}. The department, if given, must belong to the unit. The deputy, if given, is another
 *       member.</li>
 *   <li>{@code authority.csv}: {@code role,action,segment,limit,currency,co_approver}. The action is one
 *       of {@link AuthorityAction}, the segment is empty for every segment, and co_approver is a
 *       {@link DepartmentKind} or empty.</li>
 * </ul>
 *
 * <p>Every problem in the files is reported at once, as a {@link ConfigurationException} whose violations
 * are coded {@code CMP-4006}, each with its path {@code file:line} and the reason. Nothing is half-loaded.
 *
 * <pre>{@code
 * OrganisationDirectory bank = CsvOrganisationDirectory.load(Path.of("/etc/bank/org"), "2025-09-01");
 * ComplaintEngine engine = ComplaintEngine.builder().organisation(bank).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class CsvOrganisationDirectory implements OrganisationDirectory {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();

    private final String version;
    private final Map<UnitId, OrgUnit> units;
    private final Map<DepartmentId, Department> departments;
    private final Map<StaffId, StaffMember> staff;
    private final List<AuthorityLimit> limits;

    private CsvOrganisationDirectory(String version, Map<UnitId, OrgUnit> units, Map<DepartmentId, Department> departments,
                                     Map<StaffId, StaffMember> staff, List<AuthorityLimit> limits) {
        this.version = version;
        this.units = Collections.unmodifiableMap(units);
        this.departments = Collections.unmodifiableMap(departments);
        this.staff = Collections.unmodifiableMap(staff);
        this.limits = List.copyOf(limits);
    }

    /**
     * Loads the four files from a folder.
     *
     * @param folder the folder holding units.csv, departments.csv, staff.csv and authority.csv
     * @param version the organisation's version label, such as the date it took effect
     * @return the directory
     * @throws ConfigurationException listing every problem with file and line ({@code CMP-4006})
     */
    public static CsvOrganisationDirectory load(Path folder, String version) {
        return parse(version, name -> {
            try {
                return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * The sample bank shipped with this module: a head office, two provinces, four branches, five
     * sub-branches and six outlets, the departments the seeds name, and 52 staff.
     *
     * @return the directory, at version {@code sample-2025}
     */
    public static CsvOrganisationDirectory sampleBank() {
        return parse("sample-2025", name -> {
            try (InputStream in = CsvOrganisationDirectory.class.getResourceAsStream("sample-bank/" + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * The sample bank's approval matrix, {@code sample-bank/approvals.csv}, shipped beside {@link #sampleBank()}: who
     * approves a resolution at which level of the bank. Read it with the core's {@code ApprovalMatrixFile}:
     *
     * <pre>{@code
     * ApprovalMatrix matrix = ApprovalMatrixFile.read("approvals.csv", CsvOrganisationDirectory.sampleBankApprovals());
     * ComplaintEngine engine = ComplaintEngine.builder().organisation(CsvOrganisationDirectory.sampleBank())
     *         .approvalMatrix(matrix).build();
     * }</pre>
     *
     * <p>This module needs the API only, so it hands over the file's text rather than the matrix. The text is read
     * whole here; the reader holds no resource, and closing it is not needed.
     *
     * @return the file's text (UTF-8 decoded), with its comments naming the seed each row implements
     * @throws ConfigurationException coded {@code CMP-4006} if the file is missing from the class path
     */
    public static Reader sampleBankApprovals() {
        try (InputStream in = CsvOrganisationDirectory.class.getResourceAsStream("sample-bank/approvals.csv")) {
            if (in != null) {
                return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // reported below, as a missing file
        }
        throw new ConfigurationException(List.of(new Violation(ErrorCode.INVALID_ORGANISATION,
                "sample-bank/approvals.csv", "the file is missing or unreadable")));
    }

    /**
     * Parses the four files' texts.
     *
     * @param version the organisation's version label
     * @param files gives a file's text by name, or null if it is missing
     * @return the directory
     * @throws ConfigurationException listing every problem with file and line ({@code CMP-4006})
     */
    public static CsvOrganisationDirectory parse(String version, Function<String, String> files) {
        Loader loader = new Loader();
        loader.units(files.apply("units.csv"));
        loader.departments(files.apply("departments.csv"));
        loader.staff(files.apply("staff.csv"));
        loader.authority(files.apply("authority.csv"));
        if (!loader.problems.isEmpty()) {
            throw new ConfigurationException(loader.problems);
        }
        return new CsvOrganisationDirectory(version, loader.units, loader.departments, loader.staff, loader.limits);
    }

    /** Reads the files in order, collecting every problem. */
    private static final class Loader {
        final List<Violation> problems = new ArrayList<>();
        final Map<UnitId, OrgUnit> units = new LinkedHashMap<>();
        final Map<DepartmentId, Department> departments = new LinkedHashMap<>();
        final Map<StaffId, StaffMember> staff = new LinkedHashMap<>();
        final List<AuthorityLimit> limits = new ArrayList<>();

        interface Row {
            void read(CSVRecord record, String where);
        }

        void each(String file, String text, List<String> columns, Row row) {
            if (text == null) {
                problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, file, "the file is missing or unreadable"));
                return;
            }
            try (Reader reader = new StringReader(text); CSVParser parser = FORMAT.parse(reader)) {
                List<String> header = parser.getHeaderNames();
                if (!header.containsAll(columns)) {
                    Set<String> missing = new LinkedHashSet<>(columns);
                    missing.removeAll(header);
                    problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, file + ":1", "missing columns " + missing));
                    return;
                }
                for (CSVRecord record : parser) {
                    String where = file + ":" + parser.getCurrentLineNumber();
                    try {
                        row.read(record, where);
                    } catch (IllegalArgumentException | ComplaintKitException e) {
                        String reason = e instanceof ComplaintKitException k ? k.violations().get(0).path() + " "
                                + k.violations().get(0).message() : e.getMessage();
                        problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, where, reason));
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, file, "not valid CSV: " + e.getMessage()));
            }
        }

        void units(String text) {
            Map<UnitId, String> lines = new LinkedHashMap<>();
            each("units.csv", text, List.of("id", "name", "level", "parent", "calendar"), (r, where) -> {
                UnitId id = UnitId.of(r.get("id"));
                if (units.containsKey(id)) {
                    throw new IllegalArgumentException("unit " + id + " is declared twice");
                }
                String parent = r.get("parent");
                String calendar = r.get("calendar");
                units.put(id, new OrgUnit(id, required(r, "name"), value(UnitLevel.class, r.get("level")),
                        parent.isEmpty() ? null : UnitId.of(parent), calendar.isEmpty() ? null : calendar));
                lines.put(id, where);
            });
            for (OrgUnit unit : units.values()) {
                if (unit.parent() == null) {
                    continue;
                }
                OrgUnit parent = units.get(unit.parent());
                if (parent == null) {
                    problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, lines.get(unit.id()),
                            "unit " + unit.id() + " names parent " + unit.parent() + ", which is not declared"));
                } else if (parent.level().compareTo(unit.level()) >= 0) {
                    problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, lines.get(unit.id()), "unit "
                            + unit.id() + " (" + unit.level() + ") must sit below its parent " + parent.id() + " ("
                            + parent.level() + ")"));
                }
            }
        }

        void departments(String text) {
            each("departments.csv", text, List.of("id", "unit", "name", "kind"), (r, where) -> {
                DepartmentId id = DepartmentId.of(r.get("id"));
                if (departments.containsKey(id)) {
                    throw new IllegalArgumentException("department " + id + " is declared twice");
                }
                UnitId unit = knownUnit(r.get("unit"));
                departments.put(id, new Department(id, unit, required(r, "name"), value(DepartmentKind.class, r.get("kind"))));
            });
        }

        void staff(String text) {
            Map<StaffId, String> deputies = new LinkedHashMap<>();
            Map<StaffId, String> lines = new LinkedHashMap<>();
            each("staff.csv", text, List.of("id", "unit", "department", "roles", "active", "deputy"), (r, where) -> {
                StaffId id = StaffId.of(r.get("id"));
                if (staff.containsKey(id)) {
                    throw new IllegalArgumentException("staff member " + id + " is declared twice");
                }
                UnitId unit = knownUnit(r.get("unit"));
                DepartmentId department = null;
                if (!r.get("department").isEmpty()) {
                    department = DepartmentId.of(r.get("department"));
                    Department d = departments.get(department);
                    if (d == null) {
                        throw new IllegalArgumentException("department " + department + " is not declared");
                    }
                    if (!d.unit().equals(unit)) {
                        throw new IllegalArgumentException("department " + department + " belongs to " + d.unit()
                                + ", not to " + unit);
                    }
                }
                Set<Role> roles = new LinkedHashSet<>();
                for (String role : r.get("roles").split(";")) {
                    if (!role.isBlank()) {
                        roles.add(Role.of(role.strip()));
                    }
                }
                if (roles.isEmpty()) {
                    throw new IllegalArgumentException("staff member " + id + " holds no role");
                }
                String active = r.get("active");
                if (!active.equals("true") && !active.equals("false")) {
                    throw new IllegalArgumentException("active must be true or false, not '" + active + "'");
                }
                String deputy = r.get("deputy");
                staff.put(id, new StaffMember(id, unit, department, roles, Boolean.parseBoolean(active),
                        deputy.isEmpty() ? null : StaffId.of(deputy)));
                if (!deputy.isEmpty()) {
                    deputies.put(id, deputy);
                }
                lines.put(id, where);
            });
            deputies.forEach((id, deputy) -> {
                if (!staff.containsKey(StaffId.of(deputy))) {
                    problems.add(new Violation(ErrorCode.INVALID_ORGANISATION, lines.get(id),
                            "deputy " + deputy + " of " + id + " is not declared"));
                }
            });
        }

        void authority(String text) {
            each("authority.csv", text, List.of("role", "action", "segment", "limit", "currency", "co_approver"),
                    (r, where) -> {
                String segment = r.get("segment");
                String co = r.get("co_approver");
                BigDecimal limit;
                try {
                    limit = new BigDecimal(r.get("limit"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("limit '" + r.get("limit") + "' is not a number");
                }
                limits.add(new AuthorityLimit(Role.of(r.get("role")), value(AuthorityAction.class, r.get("action")),
                        segment.isEmpty() ? null : CustomerSegment.of(segment),
                        Money.of(limit.toPlainString(), r.get("currency")),
                        co.isEmpty() ? null : value(DepartmentKind.class, co)));
            });
        }

        UnitId knownUnit(String value) {
            UnitId id = UnitId.of(value);
            if (!units.containsKey(id)) {
                throw new IllegalArgumentException("unit " + id + " is not declared in units.csv");
            }
            return id;
        }

        static String required(CSVRecord r, String column) {
            String v = r.get(column);
            if (v.isBlank()) {
                throw new IllegalArgumentException(column + " is empty");
            }
            return v;
        }

        static <E extends Enum<E>> E value(Class<E> type, String word) {
            try {
                return Enum.valueOf(type, word);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + word + "'; one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }
    }

    @Override
    public Optional<OrgUnit> unit(UnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public Optional<StaffMember> staff(StaffId id) {
        return Optional.ofNullable(staff.get(id));
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<OrgUnit> children(UnitId id) {
        return units.values().stream().filter(u -> id.equals(u.parent())).toList();
    }

    @Override
    public List<Department> departments(UnitId id) {
        return departments.values().stream().filter(d -> d.unit().equals(id)).toList();
    }

    @Override
    public List<StaffMember> staffIn(UnitId id) {
        return staff.values().stream().filter(s -> s.unit().equals(id)).toList();
    }

    @Override
    public List<AuthorityLimit> authorityLimits() {
        return limits;
    }

    /**
     * Returns every unit, parents before children.
     *
     * @return the units
     */
    public List<OrgUnit> units() {
        return List.copyOf(units.values());
    }

    /**
     * Returns every staff member, in file order.
     *
     * @return the staff
     */
    public List<StaffMember> allStaff() {
        return List.copyOf(staff.values());
    }

    @Override
    public String toString() {
        return "CsvOrganisationDirectory[" + version + ", " + units.size() + " units, " + departments.size()
                + " departments, " + staff.size() + " staff]";
    }

}
