package org.complaintkit.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.casefile.CaseFile;

/**
 * The demo's entry point: simulates a system-migration go-live day at a bank and the six weeks after it,
 * prints the reports and writes an HTML page with charts.
 *
 * <pre>
 * mvn -q -Pdemo -pl complaint-spi-examples/complaint-demo -am package -Dexec.args="--complaints 2000 --seed 7"
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 bad options, 1 the run failed.
 */
public final class Demo {
    /** The exit code for a bad command line. */
    static final int BAD_OPTIONS = 2;
    /** Who reads the printed case file: the head office's product approver, masked (no part in the complaint). */
    static final Actor CASE_FILE_READER = Actor.staff(StaffId.of("S-0003"), UnitId.of("HO"), Role.APPROVER);

    private Demo() {
    }

    /**
     * Runs the demo and exits with its code when that is not 0.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the demo.
     *
     * @param args the options
     * @param out where the report goes
     * @param err where errors and timings go
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J, which the demo keeps at warn.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (DemoOptions.Invalid e) {
            err.println("complaintkit-demo: " + e.getMessage());
            err.println("Try --help for the options.");
            return BAD_OPTIONS;
        }
        if (options.help()) {
            out.print(DemoOptions.USAGE);
            return 0;
        }
        long started = System.nanoTime();
        try (DemoStore store = DemoStore.open(options.store(), options.out(), options.resume())) {
            out.println("ComplaintKit demo: the core-banking migration goes live on " + BankDay.GO_LIVE
                    + " (seed 002); " + options.complaints() + " complaints, seed " + options.seed() + ", stored "
                    + (options.store().equals("memory") ? "in memory" : "in " + store.description()) + ".");
            ProgressBar bar = new ProgressBar(out);
            BankDay.Result result = new BankDay(store.store(), options.seed(), options.complaints()).run(bar::show);
            bar.done();
            Summary summary = new Summary(result);
            summary.print(out);
            Files.createDirectories(options.out());
            Path page = options.out().resolve("complaintkit-demo.html").toAbsolutePath();
            Files.writeString(page, new HtmlReport(summary).render(), StandardCharsets.UTF_8);
            Path reports = options.out().resolve("reports").toAbsolutePath();
            Files.createDirectories(reports);
            var tables = summary.tables();
            for (var table : tables.entrySet()) {
                Files.writeString(reports.resolve(table.getKey() + ".csv"), table.getValue().toCsv(true),
                        StandardCharsets.UTF_8);
            }
            Path caseFile = null;
            if (summary.explained != null) {
                // Seed 002 第二篇 三.1: the whole handling and its result as a written record, for the complaint
                // whose deadline the summary explains. Read by a head-office approver with no part in it, so the
                // file, like everything the demo prints, holds no personal data: it is masked to that reader.
                CaseFile file = result.engine().caseFile(summary.explained, CASE_FILE_READER);
                out.println();
                out.println("The case file of " + summary.explained.value() + ":");
                out.print(file.text());
                caseFile = options.out().resolve("case-file-" + summary.explained.value() + ".html").toAbsolutePath();
                Files.writeString(caseFile, file.html(), StandardCharsets.UTF_8);
            }
            out.println();
            out.println("HTML report with charts: " + page);
            if (caseFile != null) {
                out.println("The case file as a page to print: " + caseFile);
            }
            out.println("Every report as CSV (UTF-8 with BOM, opens in Excel): " + reports + " (" + tables.size()
                    + " files)");
        } catch (DemoOptions.Invalid e) {
            err.println("complaintkit-demo: " + e.getMessage());
            return BAD_OPTIONS;
        } catch (ComplaintKitException | IOException e) {
            err.println("complaintkit-demo: the run failed: " + e.getMessage());
            return 1;
        }
        err.printf("complaintkit-demo: finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
