package org.complaintkit.core.casefile;

import java.util.List;
import java.util.Objects;

/**
 * One line of a case file's section: one cell per column of its section, each one line of text.
 *
 * <p>Immutable and thread-safe. The cells hold what the reader may see, and may hold the complaint's personal
 * data for a reader with the right to it, so {@link #toString()} shows how many cells there are only.
 *
 * @param cells the cells, in the order of the section's columns; copied, no null
 */
public record CaseFileLine(List<String> cells) {

    /**
     * Checks and copies the cells, and makes each one line: line breaks and tabs become spaces.
     *
     * @param cells the cells
     */
    public CaseFileLine {
        cells = Objects.requireNonNull(cells, "cells").stream()
                .map(c -> Objects.requireNonNull(c, "cell").replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ")).toList();
    }

    /**
     * Makes a line of cells.
     *
     * @param cells the cells, in the order of the section's columns
     * @return the line
     */
    public static CaseFileLine of(String... cells) {
        return new CaseFileLine(List.of(cells));
    }

    @Override
    public String toString() {
        return "CaseFileLine[" + cells.size() + " cells]";
    }
}
