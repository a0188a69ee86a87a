package org.complaintkit.core.casefile;

import java.util.List;
import java.util.Objects;

/**
 * One section of a case file: a heading, the names of its columns, and its lines, each with one cell per
 * column. A section with no lines says so when printed.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the heading and the number of lines only.
 *
 * @param heading the section's heading, in English
 * @param columns the columns' names; copied, not empty
 * @param lines the lines; copied, each with as many cells as there are columns
 */
public record CaseFileSection(String heading, List<String> columns, List<CaseFileLine> lines) {

    /**
     * Checks and copies the components.
     *
     * @param heading the section's heading
     * @param columns the columns' names
     * @param lines the lines
     * @throws IllegalArgumentException if there are no columns or a line has another number of cells
     */
    public CaseFileSection {
        Objects.requireNonNull(heading, "heading");
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a section has at least one column");
        }
        for (CaseFileLine line : lines) {
            if (line.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a line of " + heading + " has " + line.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    @Override
    public String toString() {
        return "CaseFileSection[" + heading + ", " + lines.size() + " lines]";
    }
}
