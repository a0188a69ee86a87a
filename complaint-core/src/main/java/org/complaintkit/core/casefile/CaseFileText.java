package org.complaintkit.core.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints a case file as plain text in a fixed layout: a title and the line saying for whom and when it was
 * made, then each section under {@code == heading ==} as a table, one line per row, each column but the last
 * padded to its widest cell (a Chinese character counts two), a rule under the column names, and
 * {@value #NONE} for a section without lines. Lines end with {@code \n} and carry no trailing spaces.
 *
 * <p>Thread-safe.
 */
public final class CaseFileText {

    /** What a section without lines says. */
    public static final String NONE = "(none recorded)";

    private CaseFileText() {
    }

    /**
     * Prints a case file.
     *
     * @param file the case file
     * @return the text
     */
    public static String render(CaseFile file) {
        Objects.requireNonNull(file, "file");
        StringBuilder out = new StringBuilder(4_096);
        out.append("CASE FILE ").append(file.complaintId().value()).append('\n').append(madeLine(file)).append('\n');
        for (CaseFileSection section : file.sections()) {
            out.append('\n').append("== ").append(section.heading()).append(" ==\n");
            if (section.lines().isEmpty()) {
                out.append(NONE).append('\n');
                continue;
            }
            int[] widths = new int[section.columns().size()];
            List<List<String>> rows = new ArrayList<>();
            rows.add(section.columns());
            for (CaseFileLine line : section.lines()) {
                rows.add(line.cells());
            }
            for (List<String> row : rows) {
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], width(row.get(i)));
                }
            }
            row(out, section.columns(), widths);
            List<String> rule = new ArrayList<>();
            for (int width : widths) {
                rule.add("-".repeat(Math.max(1, width)));
            }
            row(out, rule, widths);
            for (CaseFileLine line : section.lines()) {
                row(out, line.cells(), widths);
            }
        }
        return out.toString();
    }

    /** The line under the title: for whom, when, and what the reader may see. */
    static String madeLine(CaseFile file) {
        return "made for " + file.madeFor().value() + " at " + file.madeAtText() + "; personal data "
                + (file.rights().personalData() ? "shown" : "masked") + ", confidential content "
                + (file.rights().confidentialContent() ? "shown" : "withheld if any");
    }

    private static void row(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }

    /** The columns a text takes in a fixed-width font: two for a wide (East Asian) character, else one. */
    static int width(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
