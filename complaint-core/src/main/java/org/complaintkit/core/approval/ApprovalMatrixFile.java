package org.complaintkit.core.approval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * Reads an {@link ApprovalMatrix} from a comma-separated file (UTF-8) a bank's administrators keep beside the
 * organisation directory. The first line that is not blank or a comment is the header, exactly:
 *
 * <pre>
 * outcomes,compensation_at_least,compensation_below,currency,classes,flags,complaint_levels,approver_role,approver_level,then_approvers,co_approval
 * </pre>
 *
 * <p>or, for a file written before approvals came in several levels, the first nine of these columns only
 * ({@link #SINGLE_STEP_HEADER}), whose rows each ask for one approval without co-approval, as they always did.
 *
 * <p>Each following line is a row, in order (the first that covers a resolution applies). An empty cell covers
 * everything; a cell lists several values separated by {@code ;}. {@code outcomes} are {@code UPHELD},
 * {@code PARTLY_UPHELD}, {@code REJECTED}; the amounts are decimals in {@code currency} (needed when an amount is
 * given); {@code flags} are {@code ComplaintFlag} names; levels are {@code UnitLevel} names. {@code approver_role}
 * and {@code approver_level} name the first (or only) approval step; {@code then_approvers} the further steps, in
 * the order they are given, each {@code role@LEVEL} (such as {@code superior-approver@HEAD_OFFICE}), separated by
 * {@code ;}; {@code co_approval} the {@code DepartmentKind} names of the departments, one of each kind, that must
 * concur ({@code ConcurResolution}) before the last step. Lines starting with
 * {@code #} are comments (such as the seed a row implements); cells are not quoted, so a cell holds no comma or
 * quote.
 *
 * <p>A bad file is refused whole: one {@link InvalidInputException}, code {@code CMP-4010}, with a violation for
 * every bad line whose path is {@code file:line} and whose message is the reason.
 *
 * <p>Stateless and thread-safe.
 */
public final class ApprovalMatrixFile {
    /** The header of a file whose rows each ask for one approval step, without co-approval (still read as ever). */
    public static final String SINGLE_STEP_HEADER = "outcomes,compensation_at_least,compensation_below,currency,"
            + "classes,flags,complaint_levels,approver_role,approver_level";
    /** The header line the file starts with: approvals in several steps and line co-approval. */
    public static final String HEADER = SINGLE_STEP_HEADER + ",then_approvers,co_approval";
    private static final int SINGLE_STEP_COLUMNS = 9;
    private static final int COLUMNS = 11;

    private ApprovalMatrixFile() {
    }

    /**
     * Reads a matrix from a file.
     *
     * @param file the file
     * @return the matrix
     * @throws InvalidInputException {@code CMP-4010} listing every bad line, or if the file cannot be read
     */
    public static ApprovalMatrix load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Violation(ErrorCode.INVALID_APPROVAL_MATRIX,
                    file.getFileName().toString(), "cannot be read: " + e.getClass().getSimpleName())), e);
        }
    }

    /**
     * Reads a matrix from text, such as a resource on the class path.
     *
     * @param name the file's name for errors and row sources, such as {@code approvals.csv}
     * @param text the text; this method does not close it
     * @return the matrix
     * @throws InvalidInputException {@code CMP-4010} listing every bad line
     */
    public static ApprovalMatrix read(String name, Reader text) {
        List<String> lines;
        try {
            lines = new BufferedReader(text).lines().toList();
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(List.of(new Violation(ErrorCode.INVALID_APPROVAL_MATRIX, name,
                    "cannot be read: " + e.getCause().getClass().getSimpleName())), e);
        }
        List<Violation> violations = new ArrayList<>();
        List<ApprovalRow> rows = new ArrayList<>();
        boolean headerSeen = false;
        int columns = COLUMNS;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = name + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                String header = line.replace("\uFEFF", "");
                if (header.equals(SINGLE_STEP_HEADER)) {
                    columns = SINGLE_STEP_COLUMNS;
                } else if (!header.equals(HEADER)) {
                    violations.add(bad(where, "the header must be exactly " + HEADER + " (or, for one approval "
                            + "step per row, " + SINGLE_STEP_HEADER + ")"));
                }
                continue;
            }
            List<String> reasons = new ArrayList<>();
            ApprovalRow row = row(line, where, columns, reasons);
            if (reasons.isEmpty()) {
                rows.add(row);
            } else {
                reasons.forEach(r -> violations.add(bad(where, r)));
            }
        }
        if (!headerSeen) {
            violations.add(bad(name, "the file has no header line " + HEADER));
        } else if (rows.isEmpty() && violations.isEmpty()) {
            violations.add(bad(name, "the file has no rows; without rows nobody could approve anything"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return ApprovalMatrix.of(rows);
    }

    private static ApprovalRow row(String line, String where, int columns, List<String> reasons) {
        if (line.indexOf('"') >= 0) {
            reasons.add("cells are not quoted and hold no quote character");
            return null;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != columns) {
            reasons.add("has " + cells.length + " cells, the header " + columns);
            return null;
        }
        Set<Outcome> outcomes = names(cells[0], "outcome", Outcome.class, reasons);
        Currency currency = null;
        String code = cells[3].strip();
        if (!code.isEmpty()) {
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                reasons.add("currency " + code + " is not an ISO 4217 code");
            }
        }
        Money atLeast = amount(cells[1], "compensation_at_least", currency, code, reasons);
        Money below = amount(cells[2], "compensation_below", currency, code, reasons);
        if (atLeast == null && below == null && !code.isEmpty() && currency != null) {
            reasons.add("a currency is given without an amount");
        }
        Set<String> classes = values(cells[4], s -> s, "class", reasons);
        Set<ComplaintFlag> flags = names(cells[5], "flag", ComplaintFlag.class, reasons);
        Set<UnitLevel> levels = names(cells[6], "complaint level", UnitLevel.class, reasons);
        Role role = null;
        String roleCell = cells[7].strip();
        if (roleCell.isEmpty()) {
            reasons.add("approver_role is empty: every row names the role that approves");
        } else {
            try {
                role = Role.of(roleCell);
            } catch (RuntimeException e) {
                reasons.add("approver_role " + roleCell + " is not a role code");
            }
        }
        Set<UnitLevel> approverLevel = names(cells[8], "approver level", UnitLevel.class, reasons);
        if (cells[8].strip().isEmpty() || approverLevel.size() > 1) {
            reasons.add("approver_level must name exactly one unit level");
        }
        List<ApprovalAuthority> further = columns > SINGLE_STEP_COLUMNS ? further(cells[9], reasons) : List.of();
        Set<DepartmentKind> concurrence = columns > SINGLE_STEP_COLUMNS
                ? names(cells[10], "co_approval department kind", DepartmentKind.class, reasons) : Set.of();
        if (atLeast != null || below != null) {
            reasons.addAll(ApprovalRow.problems(atLeast, below));
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        List<ApprovalAuthority> steps = new ArrayList<>();
        steps.add(new ApprovalAuthority(role, approverLevel.iterator().next()));
        steps.addAll(further);
        return new ApprovalRow(outcomes, atLeast, below, classes, flags, levels,
                new ApprovalChain(steps, concurrence), where);
    }

    /** The further approval steps of a {@code then_approvers} cell: {@code role@LEVEL}, in order, by {@code ;}. */
    private static List<ApprovalAuthority> further(String cell, List<String> reasons) {
        List<ApprovalAuthority> steps = new ArrayList<>();
        String text = cell.strip();
        if (text.isEmpty()) {
            return steps;
        }
        for (String part : text.split(";", -1)) {
            String step = part.strip();
            int at = step.indexOf('@');
            if (at <= 0 || at == step.length() - 1 || step.indexOf('@', at + 1) >= 0) {
                reasons.add("then_approvers step '" + step + "' is not role@LEVEL, such as superior-approver@HEAD_OFFICE");
                continue;
            }
            String roleText = step.substring(0, at).strip();
            String levelText = step.substring(at + 1).strip();
            Role role = null;
            try {
                role = Role.of(roleText);
            } catch (RuntimeException e) {
                reasons.add("then_approvers role " + roleText + " is not a role code");
            }
            UnitLevel level = null;
            try {
                level = UnitLevel.valueOf(levelText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                reasons.add("then_approvers level " + levelText + " is not one of " + List.of(UnitLevel.values()));
            }
            if (role != null && level != null) {
                steps.add(new ApprovalAuthority(role, level));
            }
        }
        return steps;
    }

    private static Money amount(String cell, String column, Currency currency, String code, List<String> reasons) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            reasons.add(column + " " + text + " is not a decimal amount");
            return null;
        }
        if (code.isEmpty()) {
            reasons.add(column + " is given without a currency");
            return null;
        }
        if (currency == null) {
            return null;
        }
        if (amount.signum() < 0) {
            reasons.add(column + " is negative");
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (RuntimeException e) {
            reasons.add(column + " " + text + " does not fit currency " + code);
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> names(String cell, String what, Class<E> type, List<String> reasons) {
        Set<E> out = EnumSet.noneOf(type);
        out.addAll(values(cell, s -> {
            try {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                reasons.add(what + " " + s + " is not one of " + List.of(type.getEnumConstants()));
                return null;
            }
        }, what, reasons));
        return out;
    }

    private static <T> Set<T> values(String cell, Function<String, T> parse, String what, List<String> reasons) {
        Set<T> out = new LinkedHashSet<>();
        String text = cell.strip();
        if (text.isEmpty()) {
            return out;
        }
        for (String part : text.split(";", -1)) {
            String value = part.strip();
            if (value.isEmpty()) {
                reasons.add("an empty " + what + " between semicolons");
                continue;
            }
            T parsed = parse.apply(value);
            if (parsed != null) {
                out.add(parsed);
            }
        }
        return out;
    }

    private static Violation bad(String where, String reason) {
        return new Violation(ErrorCode.INVALID_APPROVAL_MATRIX, where, reason);
    }
}
