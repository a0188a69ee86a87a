package org.complaintkit.benchmarks.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The targets of docs/performance.md as data ({@code targets.txt} beside this class): one section per generated
 * table, each target a line.
 *
 * <pre>
 * [lifecycle] Lifecycle on one shared model
 * (a) long-lived ÷ stateless4j | LifecycleBenchmark.longLivedTransition[contender=complaintkit] | &gt;= 2 x LifecycleBenchmark.longLivedTransition[contender=stateless4j] | issue 9
 * engine command | EngineCommandBenchmark.engineCommand | &lt;= 5 us | issue 26 item 3
 * </pre>
 *
 * <p>Fields are separated by {@code |}: what the row says, the figure measured ({@link Ref}), the target
 * (an operator, then a factor, {@code x} and the peer's figure, or a value and a {@link Unit}), and where the
 * target comes from. {@code #} starts a comment line.
 */
public final class Targets {
    private static final String STANDARD = "targets.txt";
    private static final Pattern SECTION = Pattern.compile("\\[([a-z0-9-]+)\\]\\s+(.+)");
    private static final Pattern GOAL = Pattern.compile("(>=|<=|>|<)\\s*([0-9][0-9_.]*)\\s*(?:[x×]\\s+(\\S+)|(\\S+))");

    /**
     * One generated table: its key (the marker's name in the docs) and title, and its targets in order.
     *
     * @param key the key, such as {@code lifecycle}
     * @param title the title
     * @param targets the targets
     */
    public record Section(String key, String title, List<Target> targets) {
        /**
         * Checks the components.
         *
         * @param key the key
         * @param title the title
         * @param targets the targets
         */
        public Section {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            targets = List.copyOf(targets);
        }
    }

    private Targets() {
    }

    /**
     * The targets shipped with the benchmarks.
     *
     * @return the sections, in the file's order
     */
    public static List<Section> standard() {
        try (InputStream in = Targets.class.getResourceAsStream(STANDARD)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STANDARD);
            }
            return parse(STANDARD, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a targets file.
     *
     * @param name the name to report in errors
     * @param text the text
     * @return the sections
     * @throws IllegalArgumentException listing every line that cannot be read, with its number
     */
    public static List<Section> parse(String name, String text) {
        List<String> problems = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String key = null;
        String title = null;
        List<Target> targets = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                if (key != null) {
                    sections.add(new Section(key, title, targets));
                }
                key = section.group(1);
                title = section.group(2);
                targets = new ArrayList<>();
                String k = key;
                if (sections.stream().anyMatch(s -> s.key().equals(k))) {
                    problems.add(name + ":" + (i + 1) + ": section [" + key + "] appears twice");
                }
                continue;
            }
            if (key == null) {
                problems.add(name + ":" + (i + 1) + ": a target before the first [section]");
                continue;
            }
            try {
                targets.add(target(key, line));
            } catch (IllegalArgumentException e) {
                problems.add(name + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (key != null) {
            sections.add(new Section(key, title, targets));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problem(s) in the targets:\n"
                    + String.join("\n", problems));
        }
        return List.copyOf(sections);
    }

    private static Target target(String section, String line) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != 4 && fields.length != 5) {
            throw new IllegalArgumentException("4 or 5 fields separated by | expected (figure | measured | target | "
                    + "source [| before]), not " + fields.length);
        }
        Ref measured = Ref.parse(fields[1]);
        Matcher goal = GOAL.matcher(fields[2].strip());
        if (!goal.matches()) {
            throw new IllegalArgumentException("not a target (>= 2 x Peer.method[...] or <= 5 us): " + fields[2].strip());
        }
        double value = Double.parseDouble(goal.group(2).replace("_", ""));
        Target.Goal bound = goal.group(3) != null ? new Target.Multiple(value, Ref.parse(goal.group(3)))
                : new Target.Absolute(value, Unit.parse(goal.group(4)));
        if (bound instanceof Target.Absolute absolute && measured.isCounter()
                && Unit.ofCounter(measured.metric()).kind() != absolute.unit().kind()) {
            throw new IllegalArgumentException("counter " + measured.metric() + " is a "
                    + Unit.ofCounter(measured.metric()).kind() + ", not a " + absolute.unit().kind());
        }
        if (bound instanceof Target.Absolute absolute && !measured.isCounter()
                && absolute.unit().kind() != Unit.Kind.TIME) {
            throw new IllegalArgumentException("a score is a time or a throughput; bound it in ns, us, ms or s");
        }
        return new Target(section, fields[0].strip(), measured, Target.Op.parse(goal.group(1)), bound,
                fields[3].strip(), fields.length == 5 ? fields[4].strip() : "");
    }

    /**
     * Every reference of the sections that names no benchmark JMH generated: an unknown class or method, a
     * parameter the benchmark does not have or a value it does not run, a counter that is not a public field
     * of one of its {@code @AuxCounters} states, or a percentile of a benchmark not in sample-time mode.
     *
     * @param sections the sections
     * @param benchmarks the benchmarks JMH generated ({@link #generated()})
     * @return each problem, empty when every reference names a benchmark
     */
    public static List<String> unknown(List<Section> sections, List<BenchmarkListEntry> benchmarks) {
        List<String> problems = new ArrayList<>();
        for (Section section : sections) {
            for (Target target : section.targets()) {
                check(target.measured(), benchmarks).ifPresent(p -> problems.add(section.key() + ": " + p));
                if (target.goal() instanceof Target.Multiple multiple) {
                    check(multiple.peer(), benchmarks).ifPresent(p -> problems.add(section.key() + ": " + p));
                }
            }
        }
        return problems;
    }

    /**
     * The benchmarks JMH's annotation processor listed for this module ({@code META-INF/BenchmarkList}).
     *
     * @return the entries
     */
    public static List<BenchmarkListEntry> generated() {
        try (InputStream in = Targets.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            if (in == null) {
                throw new IllegalStateException("no " + BenchmarkList.BENCHMARK_LIST + ": the benchmarks were not compiled");
            }
            return BenchmarkList.readBenchmarkList(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> check(Ref ref, List<BenchmarkListEntry> benchmarks) {
        List<BenchmarkListEntry> named = benchmarks.stream()
                .filter(b -> b.getUsername().endsWith("." + ref.className() + "." + ref.method())).toList();
        if (named.isEmpty()) {
            return Optional.of(ref + ": no benchmark " + ref.className() + "." + ref.method());
        }
        BenchmarkListEntry entry = named.get(0);
        for (var param : ref.params().entrySet()) {
            String[] values = entry.getParams().hasValue() ? entry.getParams().get().get(param.getKey()) : null;
            if (values == null) {
                return Optional.of(ref + ": no parameter " + param.getKey());
            }
            if (!Arrays.asList(values).contains(param.getValue())) {
                return Optional.of(ref + ": " + param.getKey() + " runs " + Arrays.toString(values)
                        + ", not " + param.getValue());
            }
        }
        if (!Double.isNaN(ref.percentile()) && entry.getMode() != Mode.SampleTime) {
            return Optional.of(ref + ": a percentile of a benchmark in " + entry.getMode() + " mode");
        }
        if (ref.isCounter() && !hasCounter(entry, ref.metric())) {
            return Optional.of(ref + ": no counter " + ref.metric());
        }
        return Optional.empty();
    }

    private static boolean hasCounter(BenchmarkListEntry entry, String counter) {
        try {
            Class<?> type = Class.forName(entry.getUserClassQName(), false, Targets.class.getClassLoader());
            for (Method method : type.getMethods()) {
                if (!method.getName().equals(entry.getUsername().substring(entry.getUsername().lastIndexOf('.') + 1))) {
                    continue;
                }
                for (Class<?> state : method.getParameterTypes()) {
                    if (state.isAnnotationPresent(AuxCounters.class)) {
                        for (Field field : state.getFields()) {
                            if (field.getName().equals(counter) && !Modifier.isStatic(field.getModifiers())) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
