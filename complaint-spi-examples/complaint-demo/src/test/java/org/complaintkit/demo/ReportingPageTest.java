package org.complaintkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintkit.core.reporting.ReportTable;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.junit.jupiter.api.Test;

/**
 * docs/reporting.md shows each report for the demo's default run; this runs the demo and checks every such
 * table line for line, so the page changes when the demo or a report does.
 */
class ReportingPageTest {
    private static final Pattern EXCERPT = Pattern.compile(
            "<!-- demo-report: (\\S+) lines=(\\d+) -->\\n```text\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void every_demo_table_on_the_reporting_page_is_what_the_default_run_prints() throws Exception {
        String page = Files.readString(Path.of("../../docs/reporting.md"), StandardCharsets.UTF_8);
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Map<String, ReportTable> tables = new Summary(new BankDay(new InMemoryComplaintStore(),
                DemoOptions.DEFAULT_SEED, DemoOptions.DEFAULT_COMPLAINTS).run(share -> { })).tables();
        Matcher m = EXCERPT.matcher(page);
        boolean update = Boolean.getBoolean("complaintkit.updateGolden");
        StringBuilder rewritten = new StringBuilder();
        int checked = 0;
        while (m.find()) {
            ReportTable table = tables.get(m.group(1));
            assertTrue(table != null, "the demo has no report " + m.group(1));
            List<String> lines = Arrays.asList(table.toText().split("\n"));
            int n = Integer.parseInt(m.group(2));
            String printed = String.join("\n", lines.subList(0, Math.min(n, lines.size())));
            m.appendReplacement(rewritten, Matcher.quoteReplacement(
                    "<!-- demo-report: " + m.group(1) + " lines=" + n + " -->\n```text\n" + printed + "\n```"));
            if (!update) {
                assertEquals(printed, m.group(3), "docs/reporting.md shows " + m.group(1)
                        + " as the demo printed it; regenerate the excerpts with -Dcomplaintkit.updateGolden=true");
            }
            checked++;
        }
        m.appendTail(rewritten);
        if (update) {
            Files.writeString(Path.of("../../docs/reporting.md"), rewritten.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(10, checked, "every report excerpt on the page was found");
    }
}
