package org.complaintkit.benchmarks.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The results of one or more JMH runs, read from JMH's JSON ({@code -rf json}). A benchmark run with the same
 * parameters in a later file replaces the earlier one, so a run of one benchmark can be laid over a full run.
 */
public final class RunResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One benchmark run with its parameters.
     *
     * @param benchmark JMH's fully qualified name
     * @param params the parameters
     * @param node the run's JSON
     */
    private record Run(String benchmark, Map<String, String> params, JsonNode node) {
    }

    /**
     * A measured value: JMH's score (or a percentile, or a counter) with its 99.9% error and unit.
     *
     * @param value the value
     * @param error the error, NaN when JMH gives none (single shot, percentiles)
     * @param unit JMH's unit, such as {@code ops/us}, {@code ms/op} or {@code #}
     */
    public record Measured(double value, double error, String unit) {
        /**
         * Checks the components.
         *
         * @param value the value
         * @param error the error, NaN when JMH gives none
         * @param unit JMH's unit
         */
        public Measured {
            Objects.requireNonNull(unit, "unit");
        }
    }

    private final List<Run> runs;
    private final List<String> sources;

    private RunResults(List<Run> runs, List<String> sources) {
        this.runs = List.copyOf(runs);
        this.sources = List.copyOf(sources);
    }

    /**
     * Reads JMH JSON files, later ones over earlier ones.
     *
     * @param files the files
     * @return the results
     * @throws IOException when a file cannot be read or is not JMH's JSON
     */
    public static RunResults read(List<Path> files) throws IOException {
        List<Run> runs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(String.valueOf(file.getFileName()));
            JsonNode root = JSON.readTree(Files.readString(file));
            if (root == null || !root.isArray()) {
                throw new IOException(file + " is not JMH's JSON: an array of benchmark runs");
            }
            for (JsonNode node : root) {
                if (!node.hasNonNull("benchmark") || !node.has("primaryMetric")) {
                    throw new IOException(file + " holds a run without benchmark or primaryMetric");
                }
                Map<String, String> params = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = node.path("params").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    params.put(field.getKey(), field.getValue().asText());
                }
                Run run = new Run(node.get("benchmark").asText(), params, node);
                runs.removeIf(r -> r.benchmark().equals(run.benchmark()) && r.params().equals(run.params()));
                runs.add(run);
            }
        }
        return new RunResults(runs, sources);
    }

    /**
     * The names of the files read, in order.
     *
     * @return the names
     */
    public List<String> sources() {
        return Collections.unmodifiableList(sources);
    }

    /**
     * The JMH and JDK versions of the runs, as in {@code JMH 1.37, JDK 17.0.15}.
     *
     * @return the versions, or empty when there are no runs
     */
    public Optional<String> versions() {
        return runs.stream().findFirst().map(r -> "JMH " + r.node().path("jmhVersion").asText() + ", JDK "
                + r.node().path("jdkVersion").asText());
    }

    /**
     * Finds what a reference names. When its parameters match more than one run, the first is taken; a target
     * names every parameter that tells the runs apart.
     *
     * @param ref the reference
     * @return the value, or empty when the runs do not have it
     */
    public Optional<Measured> find(Ref ref) {
        for (Run run : runs) {
            if (ref.names(run.benchmark(), run.params())) {
                return measured(run.node(), ref);
            }
        }
        return Optional.empty();
    }

    private static Optional<Measured> measured(JsonNode node, Ref ref) {
        JsonNode primary = node.get("primaryMetric");
        if (ref.metric().isEmpty()) {
            return Optional.of(metric(primary));
        }
        if (!Double.isNaN(ref.percentile())) {
            JsonNode percentiles = primary.path("scorePercentiles");
            for (Iterator<Map.Entry<String, JsonNode>> it = percentiles.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (Double.parseDouble(entry.getKey()) == ref.percentile()) {
                    return Optional.of(new Measured(entry.getValue().asDouble(), Double.NaN,
                            primary.path("scoreUnit").asText()));
                }
            }
            return Optional.empty();
        }
        JsonNode counter = node.path("secondaryMetrics").get(ref.metric());
        if (counter == null) {
            return Optional.empty();
        }
        return Optional.of(counter.path("scoreUnit").asText().equals("#") && counter.path("rawData").size() > 1
                ? perFork(counter) : metric(counter));
    }

    /**
     * An event counter ({@code @AuxCounters(EVENTS)}, unit {@code #}) over several forks: JMH's score sums the
     * forks, so a run with {@code -f 10} would report ten times the bytes; this is the mean of each fork's total
     * instead (a fork's total sums its measured iterations, as JMH does, so a counter meant to be read once is
     * measured in one iteration).
     */
    private static Measured perFork(JsonNode counter) {
        double sum = 0;
        int forks = 0;
        for (JsonNode fork : counter.path("rawData")) {
            double total = 0;
            for (JsonNode iteration : fork) {
                total += iteration.asDouble();
            }
            sum += total;
            forks++;
        }
        return new Measured(sum / forks, Double.NaN, "#");
    }

    private static Measured metric(JsonNode metric) {
        return new Measured(metric.path("score").asDouble(Double.NaN), metric.path("scoreError").asDouble(Double.NaN),
                metric.path("scoreUnit").asText());
    }
}
