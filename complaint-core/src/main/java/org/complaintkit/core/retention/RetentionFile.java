package org.complaintkit.core.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.core.internal.UnreadableFile;

/**
 * Reads a retention policy from a plain text file: a {@code retention} line naming the jurisdiction, then one line
 * per kind of record with its period, its legal floor (ISO-8601 periods such as {@code P3Y}, {@code P90D}), its
 * disposal and, to the end of the line, its basis. {@code #} starts a comment.
 *
 * <pre>
 * retention UK
 * complaint-file    P3Y    P3Y    archive-then-delete  FCA DISP 1.9.1R
 * delivered-notice  P90D   P0D    delete
 * dead-notice       P1Y    P0D    delete
 * command-record    P90D   P0D    delete
 * </pre>
 *
 * <p>Every problem in a file is reported at once, each with its file and line ({@code CMP-1252}); a file that reads
 * but makes a contradictory policy is refused by {@link RetentionPolicy} ({@code CMP-1250}), every problem at once.
 */
public final class RetentionFile {

    private RetentionFile() {
    }

    /**
     * Reads a retention file.
     *
     * @param file the file
     * @return the policy
     * @throws InvalidInputException listing every problem; coded {@code CMP-4120}, naming the file and why, if the
     *     file cannot be read (missing, a directory, access denied)
     */
    public static RetentionPolicy read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(UnreadableFile.violation(file, e)), e);
        }
        return parse(file.getFileName().toString(), text);
    }

    /**
     * Reads a retention file shipped as a resource of this package.
     *
     * @param name the resource's name, such as {@code uk.retention}
     * @return the policy
     */
    static RetentionPolicy resource(String name) {
        try (InputStream in = RetentionFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a retention file's text.
     *
     * @param name the file name to report in errors
     * @param text the file's content
     * @return the policy
     * @throws InvalidInputException listing every problem, each with its file and line
     */
    public static RetentionPolicy parse(String name, String text) {
        List<Violation> problems = new ArrayList<>();
        String jurisdiction = null;
        List<RetentionRule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (content.isEmpty()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            String[] t = content.split("\\s+", 5);
            if (t[0].equals("retention")) {
                if (t.length != 2) {
                    problems.add(problem(where, "'retention' takes one jurisdiction"));
                } else if (jurisdiction != null) {
                    problems.add(problem(where, "a second 'retention' line"));
                } else {
                    jurisdiction = t[1];
                }
                continue;
            }
            RecordKind kind = kind(t[0]);
            if (kind == null) {
                problems.add(problem(where, "unknown record kind '" + Violation.printable(t[0], 40) + "'"));
                continue;
            }
            if (t.length < 4) {
                problems.add(problem(where, kind.label() + " needs a period, a floor and a disposal"));
                continue;
            }
            if (t[1].matches("\\d+") && t[2].matches("(?i)(day|week|month|year)s?")) {
                problems.add(problem(where, "the period '" + t[1] + " " + Violation.printable(t[2], 10)
                        + "' is not an ISO-8601 period: write it as P" + t[1]
                        + Character.toUpperCase(t[2].charAt(0)) + ", such as P3Y or P90D"));
                continue;
            }
            Period keep = period(t[1], where, "period", problems);
            Period floor = period(t[2], where, "floor", problems);
            Disposal disposal = disposal(t[3]);
            if (disposal == null) {
                problems.add(problem(where, "unknown disposal '" + Violation.printable(t[3], 40) + "'"));
            }
            if (keep != null && floor != null && disposal != null) {
                rules.add(new RetentionRule(kind, keep, floor, disposal, t.length == 5 ? t[4].trim() : ""));
            }
        }
        if (jurisdiction == null) {
            problems.add(problem(name, "no 'retention' line names the jurisdiction"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RetentionPolicy(jurisdiction, rules);
    }

    private static Violation problem(String where, String what) {
        return new Violation(ErrorCode.RETENTION_FILE_INVALID, where, what);
    }

    private static Period period(String text, String where, String what, List<Violation> problems) {
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(where, "the " + what + " '" + Violation.printable(text, 40)
                    + "' is not an ISO-8601 period such as P3Y or P90D"));
            return null;
        }
    }

    private static RecordKind kind(String label) {
        for (RecordKind kind : RecordKind.values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        return null;
    }

    private static Disposal disposal(String label) {
        for (Disposal disposal : Disposal.values()) {
            if (disposal.label().equals(label)) {
                return disposal;
            }
        }
        return null;
    }
}
