package org.complaintkit.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.reporting.Dimension;

/**
 * The report dimensions a request names in {@code by}: the library's fixed dimensions ({@link Dimension#standard()}),
 * by name in kebab case ({@code month-received}), as the docs write them; any case, with dashes or underscores, is
 * read as the same name.
 */
final class ReportDimensions {
    private ReportDimensions() {
    }

    /**
     * Reads the dimensions named, all at once.
     *
     * @param names the names, such as {@code CHANNEL} or {@code month-received}
     * @return the dimensions, in the order named
     * @throws InvalidInputException coded {@code CMP-1006}, one violation per name that is not a dimension
     */
    static Dimension[] named(List<String> names) {
        List<Dimension> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String wanted = key(names.get(i));
            Dimension found = Dimension.standard().stream().filter(d -> key(d.name()).equals(wanted)).findFirst()
                    .orElse(null);
            if (found == null) {
                problems.add(new Violation(ErrorCode.INVALID_VALUE, "by[" + i + "]", "not a report dimension; the"
                        + " dimensions are " + Dimension.standard().stream().map(ReportDimensions::kebab)
                        .collect(Collectors.joining(", "))));
            } else {
                out.add(found);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out.toArray(Dimension[]::new);
    }

    /**
     * A dimension's name as a request writes it.
     *
     * @param dimension the dimension
     * @return its name in kebab case, such as {@code month-received}
     */
    static String kebab(Dimension dimension) {
        return dimension.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }
}
