package org.complaintkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
    @TempDir
    Path dir;

    /** One run's exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Demo.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_same_seed_gives_the_same_report_and_the_same_page() throws Exception {
        Run first = run("--complaints", "120", "--seed", "7", "--out", dir.resolve("a").toString());
        Run second = run("--complaints=120", "--seed=7", "--out=" + dir.resolve("b"));
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out().replace(dir.resolve("a").toString(), "OUT"),
                second.out().replace(dir.resolve("b").toString(), "OUT"));
        assertEquals(Files.readString(dir.resolve("a/complaintkit-demo.html")),
                Files.readString(dir.resolve("b/complaintkit-demo.html")));
        Run other = run("--complaints", "120", "--seed", "8", "--out", dir.resolve("c").toString());
        assertFalse(other.out().replace(dir.resolve("c").toString(), "OUT")
                .equals(first.out().replace(dir.resolve("a").toString(), "OUT")), "another seed, another day");
    }

    @Test
    void the_run_ends_with_the_daily_report_the_clocks_the_escalations_and_one_explained_deadline() {
        Run run = run("--complaints", "150", "--out", dir.toString());
        assertEquals(0, run.code(), run.err());
        for (String part : List.of("== Daily incident report for the go-live day", "== Clock summary",
                "== Escalations ==", "== Notable complaints ==", "group complaint", "repeat (second)",
                "media threat", "emergency payment over the limit", "CMP-2110 AUTHORITY_EXCEEDED",
                "== Why is this deadline", "EXTENDED", "PAUSED", "HTML report with charts: ")) {
            assertTrue(run.out().contains(part), part + " in\n" + run.out());
        }
        assertTrue(run.out().contains("100%"), "the progress bar reaches the end");
        assertTrue(run.out().matches("(?s).*flags \\[[A-Z_, ]*GROUP[A-Z_, ]*MAJOR.*"), "the group of 22 is major");
        assertTrue(run.out().matches("(?s).*repeat \\(second\\).*REPEAT.*"), "the second call is a repeat");
    }

    @Test
    void the_page_is_self_contained_and_its_three_charts_are_well_formed_svg() throws Exception {
        assertEquals(0, run("--complaints", "100", "--out", dir.toString()).code());
        String html = Files.readString(dir.resolve("complaintkit-demo.html"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http"), "no external resource");
        Matcher svg = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
        List<String> charts = new ArrayList<>();
        while (svg.find()) {
            charts.add(svg.group());
        }
        assertEquals(3, charts.size(), "class and channel, met and breached per unit, one complaint's clocks");
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (String chart : charts) {
            var document = builder.parse(new ByteArrayInputStream(chart.getBytes(StandardCharsets.UTF_8)));
            assertTrue(document.getElementsByTagName("rect").getLength()
                    + document.getElementsByTagName("line").getLength() > 2, "the chart draws something");
        }
        assertTrue(charts.get(0).contains("incident.long-wait"), "the classes are labelled");
        assertTrue(charts.get(2).contains("cbirc.decision"), "the timeline names its clocks");
    }

    @Test
    void bad_options_get_a_clear_message_and_exit_code_2() {
        for (String[] args : List.of(new String[] {"--complaints", "ten"}, new String[] {"--frobnicate"},
                new String[] {"--store", "mongodb://x"}, new String[] {"--complaints"},
                new String[] {"--complaints", "5"}, new String[] {"--seed", "1.5"})) {
            Run run = run(args);
            assertEquals(Demo.BAD_OPTIONS, run.code(), String.join(" ", args));
            assertTrue(run.err().startsWith("complaintkit-demo: "), run.err());
            assertTrue(run.err().contains(args[0]), "the message names the option: " + run.err());
            assertEquals("", run.out(), "nothing runs");
        }
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--complaints N") && help.out().contains("--store STORE"), help.out());
    }

    @Test
    void the_demo_runs_on_h2_on_disk_and_tells_the_same_story_as_in_memory() {
        Run memory = run("--complaints", "60", "--seed", "3", "--out", dir.resolve("m").toString());
        Path file = dir.resolve("bank");
        Run h2 = run("--complaints", "60", "--seed", "3", "--store", "h2:" + file, "--out", dir.resolve("h").toString());
        assertEquals(0, h2.code(), h2.err());
        assertTrue(Files.exists(dir.resolve("bank.mv.db")), "the database file");
        assertEquals(body(memory.out(), dir.resolve("m")), body(h2.out(), dir.resolve("h")));
        Run again = run("--complaints", "60", "--store", "h2:" + file, "--out", dir.resolve("h").toString());
        assertEquals(Demo.BAD_OPTIONS, again.code(), "a database that holds complaints is refused");
        assertTrue(again.err().contains("already holds complaints"), again.err());
    }

    /** The output after the first line (which names the store), with the output folder blanked. */
    private static String body(String out, Path folder) {
        return out.substring(out.indexOf('\n') + 1).replace(folder.toString(), "OUT");
    }
}
