package org.complaintkit.core.casefile;

import java.util.Objects;

/**
 * Prints a case file as one self-contained HTML page: every text escaped, no script, no external resource
 * (a content security policy forbids both), and a print stylesheet for paper (A4, headings kept with their
 * tables, table headers repeated on each page, no row split across pages).
 *
 * <p>Thread-safe.
 */
public final class CaseFileHtml {

    private static final String STYLE = """
            body { font-family: "Noto Serif CJK SC", "Songti SC", serif; margin: 2em; color: #000; background: #fff; }
            h1 { font-size: 1.4em; margin-bottom: 0.2em; }
            h2 { font-size: 1.1em; border-bottom: 1px solid #000; margin-top: 1.5em; }
            p.meta { font-size: 0.9em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #888; padding: 2px 4px; text-align: left; vertical-align: top; font-size: 0.9em; }
            td { overflow-wrap: anywhere; }
            p.none { font-style: italic; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; }
              h2 { break-after: avoid; }
              tr { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private CaseFileHtml() {
    }

    /**
     * Prints a case file.
     *
     * @param file the case file
     * @return the page, UTF-8 text
     */
    public static String render(CaseFile file) {
        Objects.requireNonNull(file, "file");
        StringBuilder out = new StringBuilder(4_096);
        String title = "Case file " + file.complaintId().value();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
                .append(escape(CaseFileText.madeLine(file))).append("</p>\n");
        for (CaseFileSection section : file.sections()) {
            out.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            if (section.lines().isEmpty()) {
                out.append("<p class=\"none\">").append(escape(CaseFileText.NONE)).append("</p>\n");
            } else {
                out.append("<table>\n<thead><tr>");
                for (String column : section.columns()) {
                    out.append("<th>").append(escape(column)).append("</th>");
                }
                out.append("</tr></thead>\n<tbody>\n");
                for (CaseFileLine line : section.lines()) {
                    out.append("<tr>");
                    for (String cell : line.cells()) {
                        out.append("<td>").append(escape(cell)).append("</td>");
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /**
     * Escapes a text for HTML content and attribute values: {@code & < > " '} as character references, and
     * control characters, which HTML does not allow, as U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) && c != '\n' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
