package org.complaintkit.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.StaffId;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The two printers of a case file: a self-contained printable page, and plain text in a fixed layout. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseFilePrintersTest {
    private static CaseFile file(CaseFileSection... sections) {
        return new CaseFile(ComplaintId.of("C-1"), StaffId.of("S-1"), ViewRights.FULL,
                Instant.parse("2026-03-02T01:00:00Z"), CaseFileBank.SHANGHAI, List.of(sections));
    }

    private static final CaseFileSection PLAIN = new CaseFileSection("Events", List.of("#", "who", "what"), List.of(
            CaseFileLine.of("1", "张小明", "registered"), CaseFileLine.of("12", "S-1001", "accepted")));

    @Test
    void the_page_loads_nothing_from_outside_and_runs_no_script() {
        String html = file(PLAIN).html().toLowerCase(Locale.ROOT);
        for (String outside : List.of("<script", "src=", "href=", "url(", "@import", "http:", "https:", "<link",
                "<iframe", "<object", "<img", " on")) {
            assertFalse(html.contains(outside), "the page holds " + outside);
        }
        assertTrue(html.contains("content-security-policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    }

    @Test
    void the_page_has_a_stylesheet_for_print() {
        String html = file(PLAIN).html();
        assertTrue(html.contains("@media print {"), html);
        assertTrue(html.contains("thead { display: table-header-group; }"), "table headers repeat on each page");
        assertTrue(html.contains("tr { break-inside: avoid; }"), "no row is split across pages");
    }

    @Test
    void every_character_that_could_make_markup_is_escaped() {
        CaseFileSection hostile = new CaseFileSection("<h1>x</h1>", List.of("a\"b"), List.of(
                CaseFileLine.of("</td><script>alert('x')</script>&amp;\u0000")));
        String html = file(hostile).html();
        assertTrue(html.contains("<h2>&lt;h1&gt;x&lt;/h1&gt;</h2>"), html);
        assertTrue(html.contains("<th>a&quot;b</th>"), html);
        assertTrue(html.contains("<td>&lt;/td&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;\uFFFD</td>"),
                html);
    }

    @Test
    void a_cell_is_always_one_line() {
        assertEquals(List.of("a b c d"), CaseFileLine.of("a\nb\r\nc\td").cells());
    }

    @Test
    void a_line_with_another_number_of_cells_than_its_section_has_columns_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new CaseFileSection("x", List.of("a", "b"),
                List.of(CaseFileLine.of("1"))));
    }

    @Test
    void the_text_pads_each_column_but_the_last_counting_a_chinese_character_as_two() {
        assertEquals("""
                CASE FILE C-1
                made for S-1 at 2026-03-02T09:00:00+08:00; personal data shown, confidential content shown

                == Events ==
                #   who     what
                --  ------  ----------
                1   张小明  registered
                12  S-1001  accepted
                """, file(PLAIN).text());
    }

    @Test
    void a_section_without_lines_says_so_in_both_printings() {
        CaseFile empty = file(new CaseFileSection("Notes", List.of("#", "what"), List.of()));
        assertTrue(empty.text().endsWith("== Notes ==\n(none recorded)\n"), empty.text());
        assertTrue(empty.html().contains("<h2>Notes</h2>\n<p class=\"none\">(none recorded)</p>"), empty.html());
    }
}
