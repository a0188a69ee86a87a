package org.complaintkit.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.core.reporting.Measures;
import org.complaintkit.core.reporting.ReportTable;
import org.complaintkit.core.reporting.Tally;
import org.complaintkit.core.reporting.UnitReport;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.api.sla.ClockPurpose;

/**
 * The run as one self-contained HTML page: no script, no external file, every chart an inline SVG. It shows
 * complaints by class and channel, duty clocks met and breached per unit, and one complaint's clocks on a
 * timeline, then the report tables.
 */
final class HtmlReport {
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    private static final String MET = "#2ca02c";
    private static final String BREACHED = "#d62728";
    private static final String WINDOW = "#9e9e9e";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final Summary summary;

    HtmlReport(Summary summary) {
        this.summary = summary;
    }

    String render() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>ComplaintKit demo: go-live of the core-banking migration</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}")
                .append("h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}")
                .append("table{border-collapse:collapse;font-size:.85em;margin:.5em 0}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}th{background:#f3f3f3}")
                .append("pre{background:#f7f7f7;padding:.8em;font-size:.85em;overflow-x:auto}")
                .append("svg text{font-size:11px}\n</style>\n</head>\n<body>\n");
        BankDay.Result r = summary.result;
        html.append("<h1>ComplaintKit demo: the core-banking migration goes live on ").append(BankDay.GO_LIVE)
                .append("</h1>\n<p>").append(String.format(Locale.ROOT, "%,d complaints, %,d commands, %,d sweeps, "
                        + "%,d notices sent; simulated to %s.", r.complaints().size(), r.commands(), r.sweeps(),
                        r.noticesSent(), r.end().atZone(BankDay.ZONE).toLocalDate())).append("</p>\n");
        html.append("<h2>Complaints by class and channel</h2>\n").append(classAndChannel());
        html.append("<h2>Duty clocks met and breached per unit</h2>\n").append(metAndBreached());
        if (summary.explained != null) {
            html.append("<h2>One complaint's clocks: ").append(escape(summary.explained.value())).append("</h2>\n")
                    .append(timeline());
            html.append("<pre>");
            summary.explanation.lines().forEach(line -> html.append(escape(line)).append('\n'));
            html.append("</pre>\n");
        }
        table(html, summary.goLiveDay.table());
        table(html, summary.clockTable());
        html.append("<h2>Escalations</h2>\n<p>").append(escape(summary.escalationsByTrigger.toString())).append("</p>\n");
        html.append("<h2>Notable complaints</h2>\n<pre>");
        summary.notable().forEach(line -> html.append(escape(line)).append('\n'));
        html.append("</pre>\n");
        table(html, summary.units.table());
        table(html, summary.jrt.summary());
        table(html, summary.rootCauses.table());
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** Stacked horizontal bars: one per class, a segment per channel. */
    private String classAndChannel() {
        Tally tally = summary.byClassAndChannel;
        Map<String, Map<String, Long>> byClass = new LinkedHashMap<>();
        TreeSet<String> channels = new TreeSet<>();
        tally.rows().forEach((key, row) -> {
            byClass.computeIfAbsent(key.get(0), k -> new LinkedHashMap<>()).put(key.get(1), row.complaints());
            channels.add(key.get(1));
        });
        long max = byClass.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(1);
        int barHeight = 18;
        int left = 190;
        int width = 520;
        int height = byClass.size() * (barHeight + 6) + 50;
        StringBuilder svg = svgStart(left + width + 160, height, "Complaints by class and channel");
        int y = 10;
        List<String> channelOrder = new ArrayList<>(channels);
        for (Map.Entry<String, Map<String, Long>> entry : byClass.entrySet()) {
            svg.append(text(left - 6, y + 13, "end", entry.getKey()));
            double x = left;
            long total = 0;
            for (String channel : channelOrder) {
                long n = entry.getValue().getOrDefault(channel, 0L);
                double w = (double) n * width / max;
                if (n > 0) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s, %s: %d</title></rect>",
                            x, y, w, barHeight, PALETTE[channelOrder.indexOf(channel) % PALETTE.length],
                            escape(entry.getKey()), escape(channel), n));
                }
                x += w;
                total += n;
            }
            svg.append(text((int) x + 4, y + 13, "start", String.valueOf(total)));
            y += barHeight + 6;
        }
        int lx = left;
        for (String channel : channelOrder) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", lx,
                    y + 8, PALETTE[channelOrder.indexOf(channel) % PALETTE.length]));
            svg.append(text(lx + 14, y + 17, "start", channel));
            lx += 14 + 8 * channel.length() + 12;
        }
        return svg.append("</svg>\n").toString();
    }

    /** Per unit, the duty clocks met and breached, as a bar split green and red. */
    private String metAndBreached() {
        List<UnitReport.Row> rows = summary.units.rows();
        int barHeight = 16;
        int left = 260;
        int width = 480;
        long max = rows.stream().mapToLong(r -> r.rolledUp().clocksMet() + r.rolledUp().clocksBreached()).max().orElse(1);
        StringBuilder svg = svgStart(left + width + 230, rows.size() * (barHeight + 6) + 40,
                "Duty clocks met and breached per unit");
        int y = 10;
        for (UnitReport.Row row : rows) {
            Measures m = row.rolledUp();
            svg.append(text(left - 6, y + 12, "end", "  ".repeat(row.depth()) + row.name()));
            double met = (double) m.clocksMet() * width / Math.max(1, max);
            double breached = (double) m.clocksBreached() * width / Math.max(1, max);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                    + "<title>met %d</title></rect>", left, y, met, barHeight, MET, m.clocksMet()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                    + "<title>breached %d</title></rect>", left + met, y, breached, barHeight, BREACHED,
                    m.clocksBreached()));
            svg.append(text((int) (left + met + breached) + 4, y + 12, "start", m.clocksMet() + " met, "
                    + m.clocksBreached() + " breached (" + String.format(Locale.ROOT, "%.0f%%", m.breachRate() * 100) + ")"));
            y += barHeight + 6;
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", left,
                y + 6, MET)).append(text(left + 14, y + 15, "start", "met"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                left + 60, y + 6, BREACHED)).append(text(left + 74, y + 15, "start", "breached"));
        return svg.append("</svg>\n").toString();
    }

    /** One complaint's clocks on a time axis: each from its start to where it stopped or is due, with its
     *  recorded changes as marks. */
    private String timeline() {
        List<ClockState> states = summary.result.engine().hostReads().clocks(summary.explained).stream()
                .filter(s -> s.startedAt() != null).toList();
        Instant from = states.stream().map(ClockState::startedAt).min(Instant::compareTo).orElse(summary.result.end());
        Instant to = from;
        for (ClockState s : states) {
            for (Instant i : new Instant[] {s.deadline(), s.stoppedAt()}) {
                if (i != null && i.isAfter(to)) {
                    to = i;
                }
            }
        }
        to = to.plus(Duration.ofHours(12));
        int left = 170;
        int width = 620;
        int rowHeight = 34;
        StringBuilder svg = svgStart(left + width + 40, states.size() * rowHeight + 50, "One complaint's clocks");
        double span = Math.max(1, Duration.between(from, to).toMinutes());
        int y = 20;
        for (ClockState s : states) {
            double x0 = left + Duration.between(from, s.startedAt()).toMinutes() / span * width;
            Instant endAt = s.stoppedAt() != null ? s.stoppedAt() : s.deadline() != null ? s.deadline() : to;
            double x1 = left + Duration.between(from, endAt).toMinutes() / span * width;
            boolean window = s.definition().purpose() == ClockPurpose.WINDOW;
            String colour = window ? WINDOW : s.status() == ClockState.Status.BREACHED
                    || s.status() == ClockState.Status.OVERDUE ? BREACHED : MET;
            svg.append(text(left - 6, y + 4, "end", s.definition().id()));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"6\"><title>%s %s</title></line>", x0, y, x1, y, colour,
                    escape(s.definition().id()), s.status()));
            if (s.deadline() != null) {
                double xd = left + Duration.between(from, s.deadline()).toMinutes() / span * width;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" "
                        + "stroke-width=\"2\"><title>deadline %s</title></line>", xd, y - 9, xd, y + 9,
                        s.deadline().atZone(BankDay.ZONE).format(MINUTE)));
            }
            for (ClockChanged change : summary.result.engine().hostReads().clockHistory(summary.explained, s.definition().id())) {
                double xc = left + Duration.between(from, change.occurredAt()).toMinutes() / span * width;
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#fff\" stroke=\"#333\">"
                        + "<title>%s %s</title></circle>", xc, y, change.change(),
                        change.occurredAt().atZone(BankDay.ZONE).format(MINUTE)));
            }
            y += rowHeight;
        }
        svg.append(text(left, y, "start", from.atZone(BankDay.ZONE).format(MINUTE)));
        svg.append(text(left + width / 2, y, "middle", "green met or running, red late, grey a window; | deadline, o a recorded change"));
        svg.append(text(left + width, y, "end", to.atZone(BankDay.ZONE).format(MINUTE)));
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder svgStart(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\"><title>%s</title>", width, height, width, height,
                escape(title)));
    }

    private static String text(int x, int y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                escape(content));
    }

    private static void table(StringBuilder html, ReportTable table) {
        html.append("<h2>").append(escape(table.title())).append("</h2>\n<table>\n<tr>");
        table.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        table.notes().forEach(note -> html.append("<p class=\"note\">Note: ").append(escape(note)).append("</p>\n"));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
