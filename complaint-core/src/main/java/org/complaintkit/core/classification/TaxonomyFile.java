package org.complaintkit.core.classification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.classification.TaxonomyClass;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * Reads a taxonomy from a plain text file, one statement per line ({@code #} starts a comment):
 *
 * <pre>
 * scheme  seed.matter
 * version 2024
 * label   投诉事项 | By matter
 * other   other
 * class   service-attitude  -                 服务态度 | Service attitude
 * class   fees              -                 收费不规范 | Irregular fees
 * class   fees.card         fees              银行卡收费 | Card fees
 * </pre>
 *
 * <p>A class line names its code, its parent's code ({@code -} for none, declared earlier) and its labels,
 * Chinese then English, separated by {@code |}. An optional {@code undecided other} line declares the "other"
 * class the scheme's ordinary case, decided when no rule fires (an incident scheme's "ordinary"); without it,
 * or with {@code undecided needs-person}, a scheme no rule decided is left to a person. Every problem is reported at once, each as a violation
 * coded {@code CMP-4004} whose path is {@code file:line}.
 */
public final class TaxonomyFile {

    private TaxonomyFile() {
    }

    /**
     * Reads a file.
     *
     * @param file the file, UTF-8
     * @return the taxonomy
     * @throws ConfigurationException listing every problem with its file and line
     */
    public static Taxonomy read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException(List.of(new Violation(ErrorCode.INVALID_TAXONOMY, file.toString(),
                    "cannot read the file: " + e.getClass().getSimpleName())));
        }
    }

    /**
     * Reads a taxonomy shipped as a resource of this package.
     *
     * @param resource the resource name, such as {@code seed-matter.taxonomy}
     * @return the taxonomy
     */
    static Taxonomy resource(String resource) {
        return parse(resource, Resources.text(resource));
    }

    /**
     * Parses a taxonomy's text.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @return the taxonomy
     * @throws ConfigurationException listing every problem with its file and line
     */
    public static Taxonomy parse(String name, String text) {
        List<Violation> problems = new ArrayList<>();
        String scheme = null;
        String version = null;
        String[] label = null;
        String other = null;
        boolean otherWhenUndecided = false;
        List<TaxonomyClass> classes = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (n + 1);
            String[] head = line.split("\\s+", 2);
            String rest = head.length > 1 ? head[1].strip() : "";
            try {
                switch (head[0]) {
                    case "scheme" -> scheme = rest;
                    case "version" -> version = rest;
                    case "other" -> other = rest;
                    case "undecided" -> otherWhenUndecided = switch (rest) {
                        case "other" -> true;
                        case "needs-person" -> false;
                        default -> throw new IllegalArgumentException("undecided is 'other' or 'needs-person'");
                    };
                    case "label" -> label = labels(rest);
                    case "class" -> {
                        String[] parts = rest.split("\\s+", 3);
                        if (parts.length < 3) {
                            throw new IllegalArgumentException("a class needs a code, a parent (or -) and labels");
                        }
                        String[] labels = labels(parts[2]);
                        classes.add(new TaxonomyClass(parts[0], "-".equals(parts[1]) ? null : parts[1], labels[0],
                                labels[1]));
                    }
                    default -> throw new IllegalArgumentException("unknown statement '" + head[0] + "'");
                }
            } catch (IllegalArgumentException | ComplaintKitException e) {
                problems.add(new Violation(ErrorCode.INVALID_TAXONOMY, where, reason(e)));
            }
        }
        if (scheme == null || version == null || label == null || other == null) {
            problems.add(new Violation(ErrorCode.INVALID_TAXONOMY, name,
                    "a taxonomy needs scheme, version, label and other statements"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        try {
            Taxonomy taxonomy = Taxonomy.of(scheme, version, label[0], label[1], other, classes);
            return otherWhenUndecided ? taxonomy.withOtherWhenUndecided() : taxonomy;
        } catch (ComplaintKitException e) {
            List<Violation> located = new ArrayList<>();
            for (Violation v : e.violations()) {
                located.add(new Violation(ErrorCode.INVALID_TAXONOMY, name, v.message()));
            }
            throw new ConfigurationException(located);
        }
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    static String reason(RuntimeException e) {
        if (e instanceof ComplaintKitException k) {
            return k.violations().get(0).path() + " " + k.violations().get(0).message();
        }
        return e.getMessage();
    }

    private static String[] labels(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("labels are written 中文 | English");
        }
        return new String[] {parts[0].strip(), parts[1].strip()};
    }
}
