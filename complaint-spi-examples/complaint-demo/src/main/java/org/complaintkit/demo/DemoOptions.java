package org.complaintkit.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's command-line options.
 *
 * @param complaints how many complaints arrive on the go-live day
 * @param seed the random seed: the same seed gives the same run
 * @param store where complaints are stored: {@code memory}, {@code h2}, {@code h2:<path>} or a JDBC URL
 * @param out the folder the HTML report is written to
 * @param help whether only the usage was asked for
 * @param resume whether to carry on a run that stopped on the same store (same seed and size)
 */
record DemoOptions(int complaints, long seed, String store, Path out, boolean help, boolean resume) {
    static final int DEFAULT_COMPLAINTS = 1000;
    static final long DEFAULT_SEED = 20260928L;
    static final int MAX_COMPLAINTS = 50_000;

    static final String USAGE = """
            ComplaintKit demo: a system-migration go-live day at a bank (seed 002) and the six weeks after it.

            Options:
              --complaints N   complaints arriving on the go-live day (default 1000, at least 50, at most 50000)
              --seed S         random seed; the same seed gives the same output (default 20260928)
              --store STORE    memory (default), h2 (a file in the output folder), h2:<path>, or a JDBC URL
                               such as jdbc:postgresql://localhost/bank?user=ck
              --out DIR        where to write complaintkit-demo.html (default target/demo)
              --resume         carry on a run that stopped (a crash) on the same h2 or JDBC store, with the
                               same --seed and --complaints: what is stored is replayed by its keys, the rest
                               is done, and the report is the one an uncrashed run prints
              --help           this text

            Through Maven: mvn -q -Pdemo -pl complaint-spi-examples/complaint-demo -am package -Dexec.args="--seed 7"
            """;

    /** A bad command line; the message says what is wrong. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    static DemoOptions parse(String... args) throws Invalid {
        int complaints = DEFAULT_COMPLAINTS;
        long seed = DEFAULT_SEED;
        String store = "memory";
        Path out = Path.of("target", "demo");
        boolean help = false;
        boolean resume = false;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--resume" -> resume = true;
                case "--complaints", "--seed", "--store", "--out" -> {
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            problems.add(arg + " needs a value");
                            continue;
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--complaints" -> {
                            try {
                                complaints = Integer.parseInt(value.trim());
                                if (complaints < 50 || complaints > MAX_COMPLAINTS) {
                                    problems.add("--complaints must be from 50 to " + MAX_COMPLAINTS + ", not " + value);
                                }
                            } catch (NumberFormatException e) {
                                problems.add("--complaints takes a whole number, not '" + value + "'");
                            }
                        }
                        case "--seed" -> {
                            try {
                                seed = Long.parseLong(value.trim());
                            } catch (NumberFormatException e) {
                                problems.add("--seed takes a whole number, not '" + value + "'");
                            }
                        }
                        case "--store" -> {
                            if (!value.equals("memory") && !value.equals("h2") && !value.startsWith("h2:")
                                    && !value.startsWith("jdbc:")) {
                                problems.add("--store takes memory, h2, h2:<path> or a jdbc: URL, not '" + value + "'");
                            }
                            store = value;
                        }
                        default -> {
                            if (value.isBlank()) {
                                problems.add("--out needs a folder");
                            } else {
                                out = Path.of(value);
                            }
                        }
                    }
                }
                default -> problems.add("unknown option '" + arg + "'");
            }
        }
        if (resume && store.equals("memory")) {
            problems.add("--resume needs a store that outlives a run: h2, h2:<path> or a jdbc: URL");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("; ", problems));
        }
        return new DemoOptions(complaints, seed, store, out, help, resume);
    }
}
