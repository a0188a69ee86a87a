package org.complaintkit.core.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import java.util.Collections;

/**
 * Mappings between schemes, as data: a class of one scheme implies a class of another, such as the seed
 * class "business-handling error" implying the JR/T 0169 cause "management rules and processes". The rule
 * classifier uses a mapping for a scheme no rule decided. One mapping per line:
 *
 * <pre>
 * map seed.matter:fees -> jrt0169.cause:C03
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemeMappings {
    private final Map<String, List<String>> targets;

    private SchemeMappings(Map<String, List<String>> targets) {
        this.targets = targets;
    }

    /**
     * No mappings.
     *
     * @return the empty mappings
     */
    public static SchemeMappings none() {
        return new SchemeMappings(Map.of());
    }

    /**
     * Parses mappings, checking every class against the taxonomies.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @param taxonomies the schemes, by id
     * @return the mappings
     * @throws ConfigurationException listing every problem with its file and line ({@code CMP-4004})
     */
    public static SchemeMappings parse(String name, String text, Map<String, Taxonomy> taxonomies) {
        List<Violation> problems = new ArrayList<>();
        Map<String, List<String>> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = TaxonomyFile.stripComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (n + 1);
            String[] parts = line.split("\\s+");
            if (parts.length != 4 || !parts[0].equals("map") || !parts[2].equals("->")) {
                problems.add(new Violation(ErrorCode.INVALID_TAXONOMY, where, "write: map scheme:code -> scheme:code"));
                continue;
            }
            String problem = check(parts[1], taxonomies);
            if (problem == null) {
                problem = check(parts[3], taxonomies);
            }
            if (problem != null) {
                problems.add(new Violation(ErrorCode.INVALID_TAXONOMY, where, problem));
                continue;
            }
            out.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts[3]);
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new SchemeMappings(Collections.unmodifiableMap(frozen));
    }

    private static String check(String qualified, Map<String, Taxonomy> taxonomies) {
        int colon = qualified.lastIndexOf(':');
        if (colon <= 0) {
            return qualified + " is not scheme:code";
        }
        Taxonomy t = taxonomies.get(qualified.substring(0, colon));
        if (t == null) {
            return "unknown scheme in " + qualified;
        }
        return t.contains(qualified.substring(colon + 1)) ? null : "no class " + qualified;
    }

    /**
     * Returns the class of a target scheme that a class implies.
     *
     * @param from the class, as {@code scheme:code}
     * @param targetScheme the scheme wanted
     * @return the implied code, or empty
     */
    public Optional<String> implied(String from, String targetScheme) {
        for (String to : targets.getOrDefault(from, List.of())) {
            if (to.startsWith(targetScheme + ":")) {
                return Optional.of(to.substring(targetScheme.length() + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the mappings as lines sorted by the class mapped from, {@code from -> to, to}, its targets in file
     * order, for a digest that must not depend on map order.
     *
     * @return the lines
     */
    List<String> canonicalLines() {
        return targets.entrySet().stream().map(e -> e.getKey() + " -> " + String.join(", ", e.getValue()))
                .sorted().toList();
    }
}
