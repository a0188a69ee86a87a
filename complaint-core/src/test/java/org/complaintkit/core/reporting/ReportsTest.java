package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;

class ReportsTest {

    /** A strict RFC 4180 reader, to check what the writer wrote. */
    static List<List<String>> readCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                if (c == '"' || c == '\r' || c == '\n') {
                    throw new AssertionError("a bare " + (int) c + " outside quotes at " + i);
                }
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new AssertionError("the last record is not ended by CRLF");
        }
        return records;
    }

    @Provide
    Arbitrary<List<List<String>>> cells() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("", "深圳分行", "a,b", "say \"hi\"", "two\r\nlines",
                "lf\nonly", "cr\ronly", " spaced ", "😀", "=1+1", "-5", "-1.5%", "-", "@x", "\t=x", "+"),
                Arbitraries.strings().ofMaxLength(12));
        return cell.list().ofSize(3).list().ofMaxSize(8);
    }

    @Property(tries = 200)
    void csv_reads_back_cell_for_cell_under_rfc_4180(@ForAll("cells") List<List<String>> rows) {
        ReportTable table = ReportTable.of("t", List.of("a", "b", "c"), rows);
        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of("a", "b", "c"));
        expected.addAll(rows);
        assertEquals(expected, readCsv(table.toCsv(false)));
        String excel = table.toCsv(true);
        assertEquals('\uFEFF', excel.charAt(0), "Excel needs the byte order mark for Chinese");
        // Excel's form neutralises cells Excel would run as formulas and keeps every other cell exact.
        List<List<String>> forExcel = expected.stream().map(row -> row.stream()
                .map(c -> formulaLike(c) ? "'" + c : c).toList()).toList();
        assertEquals(forExcel, readCsv(excel.substring(1)));
        assertEquals(table.toCsv(false), table.toCsv(), "the plain form is the one without a byte order mark");
        assertEquals(excel, table.toCsvForExcel());
    }

    /** A cell Excel would read as a formula: OWASP's list of first characters, numbers and a lone dash aside. */
    private static boolean formulaLike(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-|-?[0-9]+(\\.[0-9]+)?%?");
    }

    @Example
    void cells_excel_would_run_as_formulas_are_prefixed_with_a_quote_in_excels_form_only() {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                "\tTAB", "\rCR");
        ReportTable table = ReportTable.of("t", List.of("a", "b", "c", "d", "e", "f"), List.of(hostile));
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"y\")", "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)",
                "'\tTAB", "'\rCR"), readCsv(table.toCsvForExcel().substring(1)).get(1));
        assertEquals(hostile, readCsv(table.toCsv()).get(1), "the plain form stays exact");
    }

    @Example
    void numbers_a_lone_dash_and_the_headings_of_excels_form_are_neutralised_only_where_needed() {
        ReportTable table = ReportTable.of("t", List.of("=unit", "delta", "rate", "n/a", "text"),
                List.of(List.of("GD-SZ", "-3", "-12.5%", "-", "a=b")));
        List<List<String>> read = readCsv(table.toCsvForExcel().substring(1));
        assertEquals(List.of("'=unit", "delta", "rate", "n/a", "text"), read.get(0));
        assertEquals(List.of("GD-SZ", "-3", "-12.5%", "-", "a=b"), read.get(1));
    }

    @Example
    void the_text_form_aligns_chinese_as_two_columns_wide() {
        ReportTable table = ReportTable.of("投诉量", List.of("unit", "count"),
                List.of(List.of("深圳分行", "3"), List.of("GD-SZ", "12")));
        assertEquals("""
                投诉量
                unit      count
                --------  -----
                深圳分行  3
                GD-SZ     12
                """, table.toText());
        assertThrows(IllegalArgumentException.class, () -> ReportTable.of("t", List.of("a"), List.of(List.of("1", "2"))));
    }

    @Example
    void the_fca_return_counts_a_fixed_history_as_worked_out_by_hand() {
        TallyTest.Bank bank = new TallyTest.Bank();
        BusinessCalendar cn = BusinessCalendar.of(CalendarFile.mainlandChina());
        // Monday 2 March 2026, 09:30 in Beijing: four complaints
        ComplaintId quick = bank.lodge(Channel.COUNTER);
        ComplaintId weeks = bank.lodge(Channel.PHONE);
        ComplaintId late = bank.lodge(Channel.WEBSITE);
        bank.lodge(Channel.LETTER);
        bank.move(quick, TallyTest.TO_RESPONSE);
        bank.move(quick, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);   // closed the same day
        bank.move(weeks, TallyTest.TO_RESPONSE);
        bank.clock.advance(Duration.ofDays(20));
        bank.move(weeks, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);   // about 3 weeks after receipt
        bank.move(late, TallyTest.TO_RESPONSE);
        bank.clock.advance(Duration.ofDays(45));
        bank.move(late, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);    // about 9 weeks after receipt
        Instant from = Instant.parse("2026-02-28T16:00:00Z");
        Instant to = Instant.parse("2026-08-31T16:00:00Z");
        FcaReturn fca = FcaReturn.compute(bank.store, cn, from, to);
        assertEquals(new FcaReturn(from, to, 4, 3, 1, 1, 1, 3), fca,
                "the fixture's resolutions are partly upheld, so every closed complaint counts as upheld");
        assertEquals(1.0, fca.upheldRate());
        FcaReturn before = FcaReturn.compute(bank.store, cn, from.minus(Duration.ofDays(30)), from);
        assertEquals(0, before.opened() + before.closed(), "nothing in the month before");
        assertEquals("4", fca.table().rows().get(0).get(1));
    }

    @Example
    void the_daily_incident_report_counts_the_days_complaints_by_class_and_channel() {
        TallyTest.Bank bank = new TallyTest.Bank(true);
        ComplaintId closed = bank.lodge(Channel.COUNTER);
        bank.lodge(Channel.COUNTER);
        bank.lodge(Channel.PHONE);
        bank.move(closed, TallyTest.TO_RESPONSE);
        bank.move(closed, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);
        bank.clock.advance(Duration.ofDays(1));
        bank.lodge(Channel.WEBSITE);                            // the next day: not in the report
        DailyIncidentReport report = DailyIncidentReport.compute(bank.store, java.time.LocalDate.of(2026, 3, 2),
                TallyTest.SHANGHAI, "seed.matter");
        assertEquals(3, report.total());
        assertEquals(2, report.open(), "one of the day's three was closed");
        assertEquals(java.util.Map.of("business-error", java.util.Map.of("COUNTER", 2L, "PHONE", 1L)),
                report.counts(), "the standard rules class the fixture's refused withdrawal as a business error");
        assertEquals(List.of(List.of("business-error", "2", "1", "3"), List.of("total", "2", "1", "3")),
                report.table().rows());
        assertEquals(List.of("seed.matter", "COUNTER", "PHONE", "total"), report.table().columns());
    }

    @Example
    void percentiles_are_nearest_rank_over_the_distinct_minutes() {
        java.util.TreeMap<Long, Long> minutes = new java.util.TreeMap<>(java.util.Map.of(10L, 1L, 20L, 1L, 30L, 1L,
                40L, 1L, 100L, 1L));
        assertEquals(new HandlingTimes.Summary(5, Duration.ofMinutes(40), Duration.ofMinutes(30), Duration.ofMinutes(100)),
                HandlingTimes.summarise(minutes));
        assertEquals(new HandlingTimes.Summary(3, Duration.ofMinutes(7), Duration.ofMinutes(7), Duration.ofMinutes(7)),
                HandlingTimes.summarise(new java.util.TreeMap<>(java.util.Map.of(7L, 3L))));
    }

    @Example
    void handling_time_is_working_time_on_the_units_calendar_and_skips_a_holiday() {
        TallyTest.Bank bank = new TallyTest.Bank();
        BusinessCalendar cn = BusinessCalendar.of(CalendarFile.mainlandChina());
        ComplaintId sameDay = bank.lodge(Channel.COUNTER);                  // Monday 2 March, 09:30
        bank.move(sameDay, TallyTest.TO_RESPONSE);
        bank.move(sameDay, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);   // 17:30: 2.5 h + 4 h of work
        bank.clock.advance(Duration.between(bank.clock.instant(), java.time.LocalDateTime.parse("2026-04-30T16:30")
                .atZone(TallyTest.SHANGHAI).toInstant()));
        ComplaintId overHoliday = bank.lodge(Channel.PHONE);                // Thursday 30 April, 16:30
        bank.move(overHoliday, TallyTest.TO_RESPONSE);
        bank.move(overHoliday, CommandType.RECORD_SATISFACTION);
        bank.clock.advance(Duration.between(bank.clock.instant(), java.time.LocalDateTime.parse("2026-05-06T10:00")
                .atZone(TallyTest.SHANGHAI).toInstant()));
        bank.engine.execute(org.complaintkit.testkit.Commands.of(CommandType.CLOSE, overHoliday,
                org.complaintkit.testkit.Fixtures.HANDLER));                 // 1 h on the 30th, 1 h on 6 May
        bank.lodge(Channel.LETTER);                                         // still open: not measured
        HandlingTimes times = HandlingTimes.compute(bank.store, org.complaintkit.spi.storage.ComplaintQuery.all(100),
                unit -> cn, TallyTest.SHANGHAI, Dimension.CHANNEL);
        assertEquals(new HandlingTimes.Summary(1, Duration.ofMinutes(390), Duration.ofMinutes(390),
                Duration.ofMinutes(390)), times.groups().get(List.of("COUNTER")));
        assertEquals(new HandlingTimes.Summary(1, Duration.ofMinutes(120), Duration.ofMinutes(120),
                Duration.ofMinutes(120)), times.groups().get(List.of("PHONE")), "1 to 5 May is the Labour Day holiday");
        HandlingTimes all = HandlingTimes.compute(bank.store, org.complaintkit.spi.storage.ComplaintQuery.all(100),
                unit -> cn, TallyTest.SHANGHAI);
        assertEquals(new HandlingTimes.Summary(2, Duration.ofMinutes(255), Duration.ofMinutes(120),
                Duration.ofMinutes(390)), all.groups().get(List.of()));
        assertEquals(List.of("2", "4.3", "2.0", "6.5"), all.table().rows().get(0));
    }

    @Example
    void the_asic_style_report_has_one_row_per_complaint_with_no_personal_data() {
        TallyTest.Bank bank = new TallyTest.Bank(true);
        ComplaintId closed = bank.lodge(Channel.COUNTER);
        bank.move(closed, TallyTest.TO_RESPONSE);
        bank.clock.advance(Duration.ofDays(9));
        bank.move(closed, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);
        ComplaintId open = bank.lodge(Channel.PHONE);
        AsicReport report = AsicReport.compute(bank.store, org.complaintkit.spi.storage.ComplaintQuery.all(100),
                TallyTest.SHANGHAI, java.time.LocalDate.of(2026, 3, 31));
        assertEquals(2, report.rows().size());
        AsicReport.Row first = report.rows().stream().filter(r -> r.complaintId().equals(closed.value())).findFirst()
                .orElseThrow();
        assertEquals(new AsicReport.Row(closed.value(), java.time.LocalDate.of(2026, 3, 2), "COUNTER",
                first.classes(), "CLOSED", java.time.LocalDate.of(2026, 3, 11), "PARTLY_UPHELD", "", 9), first);
        org.junit.jupiter.api.Assertions.assertTrue(first.classes().contains("seed.matter:business-error"), first.classes());
        AsicReport.Row second = report.rows().stream().filter(r -> r.complaintId().equals(open.value())).findFirst()
                .orElseThrow();
        assertEquals(20, second.daysOpen(), "received 11 March, open on 31 March");
        String csv = report.table().toCsv(false);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains(org.complaintkit.testkit.Fixtures.NAME)
                || csv.contains(org.complaintkit.testkit.Fixtures.PHONE)
                || csv.contains(org.complaintkit.testkit.Fixtures.CUSTOMER_NUMBER), csv);
    }
}
