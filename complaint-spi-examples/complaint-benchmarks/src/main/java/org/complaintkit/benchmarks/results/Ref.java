package org.complaintkit.benchmarks.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure of a run, as a target names it: {@code Class.method}, optionally the parameters that pick one of its
 * runs ({@code [contender=strata]}, {@code [open=1000000,lease=oneStatement]}) and a metric other than the
 * score ({@code :indexBytes} for a counter, {@code :p99} for a percentile of a sample-time run).
 *
 * @param className the benchmark class's simple name
 * @param method the benchmark method
 * @param params the parameters, in the order written
 * @param metric the metric, or empty for the primary score
 */
public record Ref(String className, String method, Map<String, String> params, String metric) {
    private static final Pattern SHAPE = Pattern.compile(
            "([A-Z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*)(?:\\[([^\\]]*)\\])?(?::([A-Za-z][A-Za-z0-9.]*))?");
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d+(?:\\.\\d+)?)");

    /**
     * Checks the components.
     *
     * @param className the benchmark class's simple name
     * @param method the benchmark method
     * @param params the parameters, in the order written
     * @param metric the metric, or empty for the primary score
     */
    public Ref {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(method, "method");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(metric, "metric");
    }

    /**
     * Reads a reference.
     *
     * @param text such as {@code LifecycleBenchmark.longLivedTransition[contender=strata]}
     * @return the reference
     * @throws IllegalArgumentException when the text has another shape
     */
    public static Ref parse(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a benchmark reference (Class.method[param=value]:metric): " + text);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(3) != null && !m.group(3).isBlank()) {
            for (String pair : m.group(3).split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                    throw new IllegalArgumentException("not a parameter (name=value): " + pair + " in " + text);
                }
                params.put(kv[0].strip(), kv[1].strip());
            }
        }
        return new Ref(m.group(1), m.group(2), params, m.group(4) == null ? "" : m.group(4));
    }

    /**
     * The percentile this reference asks for, such as 99.0 for {@code :p99}.
     *
     * @return the percentile, or NaN when the metric is not one
     */
    public double percentile() {
        Matcher m = PERCENTILE.matcher(metric);
        return m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /**
     * Tells whether the metric is a counter ({@code @AuxCounters} field) rather than the score or a percentile.
     *
     * @return true for a counter
     */
    public boolean isCounter() {
        return !metric.isEmpty() && Double.isNaN(percentile());
    }

    /**
     * Tells whether a run of a benchmark is the one this reference names: same class and method, and every
     * parameter written here has the run's value (the run may have others).
     *
     * @param benchmark JMH's fully qualified name, such as {@code org.complaintkit.benchmarks.x.Y.method}
     * @param runParams the run's parameters
     * @return true when it is
     */
    public boolean names(String benchmark, Map<String, String> runParams) {
        return benchmark.endsWith("." + className + "." + method)
                && params.entrySet().stream().allMatch(e -> e.getValue().equals(runParams.get(e.getKey())));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(className).append('.').append(method);
        if (!params.isEmpty()) {
            text.append('[');
            params.forEach((k, v) -> text.append(text.charAt(text.length() - 1) == '[' ? "" : ",").append(k)
                    .append('=').append(v));
            text.append(']');
        }
        return metric.isEmpty() ? text.toString() : text.append(':').append(metric).toString();
    }
}
