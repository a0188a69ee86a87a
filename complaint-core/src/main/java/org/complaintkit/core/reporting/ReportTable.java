package org.complaintkit.core.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as a table of text: a title, column headings and rows, with a CSV form and a plain-text form.
 * Every report value object turns into one, so hosts export any report the same way.
 *
 * <p>CSV follows RFC 4180: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a quote, CR or LF, and quotes inside doubled. It is UTF-8; the Excel-friendly form starts with a byte
 * order mark, which Excel needs to open Chinese text correctly. The plain-text form aligns columns, counting
 * Chinese, Japanese and Korean characters as two columns wide, as a terminal shows them.
 *
 * <p>Cells carry text that came from outside (unit names, root-cause titles), and Excel runs a cell that starts
 * with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula, which
 * can call out to the network or to other programs (CSV injection). The Excel form therefore neutralises such a
 * cell as OWASP advises, by putting a single quote before it: Excel shows the text and runs nothing. A number
 * ({@code -3}, {@code -12.5%}) and a lone {@code -} are left as they are, since Excel reads them as values. The
 * plain form ({@link #toCsv()}) keeps every cell exactly, for programs that read CSV.
 *
 * <pre>{@code
 * ReportTable table = ReportTable.of("Complaints", List.of("unit", "count"), List.of(List.of("深圳分行", "3")));
 * String csv = table.toCsv();    // "unit,count\r\n深圳分行,3\r\n"
 * }</pre>
 *
 * <p>A table may carry notes: sentences that say why a cell shows {@code -} rather than a figure (a rate with
 * nothing to divide by, or one that would not be truthful), so that no figure is left out silently. The plain-text
 * form prints them under the rows; the CSV forms hold the cells only, so a program that reads the CSV finds the
 * notes in {@link #notes()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title what the table shows
 * @param columns the column headings
 * @param rows the rows, each with one cell per column
 * @param notes the notes under the table, each one sentence; empty when every cell speaks for itself
 */
public record ReportTable(String title, List<String> columns, List<List<String>> rows, List<String> notes) {

    /**
     * Checks and copies the components.
     *
     * @param title what the table shows
     * @param columns the column headings, at least one
     * @param rows the rows, each with one non-null cell per column
     * @param notes the notes, none null
     */
    public ReportTable {
        Objects.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (copy.size() + 1) + " has " + row.size() + " cells, not "
                        + columns.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    /**
     * Creates a table without notes.
     *
     * @param title what the table shows
     * @param columns the column headings, at least one
     * @param rows the rows, each with one non-null cell per column
     */
    public ReportTable(String title, List<String> columns, List<List<String>> rows) {
        this(title, columns, rows, List.of());
    }

    /**
     * Returns this table with notes under it, in place of any it had.
     *
     * @param notes the notes, each one sentence
     * @return the table with those notes
     */
    public ReportTable withNotes(List<String> notes) {
        return new ReportTable(title, columns, rows, notes);
    }

    /**
     * Creates a table.
     *
     * @param title what the table shows
     * @param columns the column headings
     * @param rows the rows
     * @return the table
     */
    public static ReportTable of(String title, List<String> columns, List<List<String>> rows) {
        return new ReportTable(title, columns, rows);
    }

    /**
     * Returns the table as plain CSV (RFC 4180, UTF-8, no byte order mark): the heading record, then one
     * record per row.
     *
     * @return the CSV text
     */
    public String toCsv() {
        return toCsv(false);
    }

    /**
     * Returns the table as CSV for Excel: {@link #toCsv()} after a UTF-8 byte order mark, so that Excel reads
     * Chinese text correctly, with each cell that Excel would run as a formula (one starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return, other than a number or a lone {@code -})
     * prefixed with a single quote.
     *
     * @return the CSV text
     */
    public String toCsvForExcel() {
        return toCsv(true);
    }

    /**
     * Returns the table as CSV (RFC 4180, UTF-8): the heading record, then one record per row.
     *
     * @param excel true for Excel: start with a UTF-8 byte order mark, so that Excel reads Chinese text
     *     correctly, and prefix with a single quote each cell Excel would run as a formula (see
     *     {@link #toCsvForExcel()}); false for every cell exactly as it is
     * @return the CSV text
     */
    public String toCsv(boolean excel) {
        StringBuilder out = new StringBuilder();
        if (excel) {
            out.append('\uFEFF');
        }
        record(out, columns, excel);
        for (List<String> row : rows) {
            record(out, row, excel);
        }
        return out.toString();
    }

    /**
     * Tells whether Excel would run a cell as a formula: it starts with one of OWASP's characters and is not a
     * number or a lone dash, which Excel reads as values.
     */
    static boolean formulaLike(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return false;
        }
        return !cell.equals("-") && !isNumber(cell);
    }

    /** A plain decimal, perhaps negative, perhaps a percentage: {@code -3}, {@code -12.5%}. */
    private static boolean isNumber(String cell) {
        int end = cell.endsWith("%") ? cell.length() - 1 : cell.length();
        int i = cell.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    private static void record(StringBuilder out, List<String> cells, boolean excel) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = excel && formulaLike(cells.get(i)) ? "'" + cells.get(i) : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    /**
     * Returns the table as plain text: the title, then columns aligned with spaces under a rule, then each
     * note on a line of its own starting {@code Note: }. Line breaks inside a cell are shown as spaces.
     *
     * @return the text, lines ended by LF
     */
    public String toText() {
        int[] widths = new int[columns.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(columns);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(flat(row.get(i))));
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        line(out, columns, widths);
        for (int i = 0; i < widths.length; i++) {
            out.append(i > 0 ? "  " : "").append("-".repeat(widths[i]));
        }
        out.append('\n');
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        for (String note : notes) {
            out.append("Note: ").append(flat(note)).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = flat(cells.get(i));
            text.append(i > 0 ? "  " : "").append(cell).append(" ".repeat(widths[i] - width(cell)));
        }
        out.append(text.toString().stripTrailing()).append('\n');
    }

    private static String flat(String cell) {
        return cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** The columns a text takes in a terminal: two for East Asian wide characters, one otherwise. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += wide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
