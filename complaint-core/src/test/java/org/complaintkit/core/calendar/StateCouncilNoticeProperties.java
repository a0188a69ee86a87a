package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;

/**
 * Random yearly notices, written in the forms and punctuation the published notices use, read back to the
 * days they were written from; and the same notices with one weekday note falsified, refused at its line.
 */
class StateCouncilNoticeProperties {
    private static final String[] HEADINGS = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"};
    private static final String WEEKDAYS = "一二三四五六日";

    /** A generated notice: its text, the days it gives off and the make-up days, and each item's line. */
    private record Written(String text, SortedSet<LocalDate> off, SortedSet<LocalDate> work, List<Integer> lines,
                           List<LocalDate> noted) {
    }

    private static Written write(long seed) {
        Random r = new Random(seed);
        int year = 2030 + r.nextInt(60);
        boolean ascii = r.nextBoolean();
        boolean shortWeekday = r.nextBoolean();
        SortedSet<LocalDate> off = new TreeSet<>();
        SortedSet<LocalDate> work = new TreeSet<>();
        List<Integer> lines = new ArrayList<>();
        List<LocalDate> noted = new ArrayList<>();
        StringBuilder text = new StringBuilder("# generated\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n");
        text.append("经国务院批准，现将").append(year).append("年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n");
        int line = 4;
        LocalDate cursor = LocalDate.of(year, 1, 1);
        for (int i = 0; i < HEADINGS.length; i++) {
            // each item lives in its own slice of the year, so items never overlap
            LocalDate sliceEnd = LocalDate.of(year, 1, 1).plusDays(52L * (i + 1) - 1);
            LocalDate start = cursor.plusDays(r.nextInt(20));
            int length = 1 + r.nextInt(9);
            LocalDate end = start.plusDays(length - 1);
            StringBuilder item = new StringBuilder("一二三四五六七".charAt(i) + "、" + HEADINGS[i] + "：");
            item.append(date(start, true)).append(note(start, r, shortWeekday, noted));
            if (length > 1) {
                item.append(r.nextBoolean() ? "至" : "—").append(date(end, end.getMonthValue() != start.getMonthValue()))
                        .append(note(end, r, shortWeekday, noted));
                item.append("放假调休，共").append(length).append("天。");
            } else {
                item.append(r.nextBoolean() ? "放假，与周末连休。" : "放假1天。");
            }
            start.datesUntil(end.plusDays(1)).forEach(off::add);
            List<LocalDate> makeUp = new ArrayList<>();
            for (LocalDate d = start.minusDays(7); d.isBefore(end.plusDays(8)) && d.isBefore(sliceEnd); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend && d.getYear() == year && !d.isBefore(cursor) && !off.contains(d) && r.nextInt(4) == 0) {
                    makeUp.add(d);
                }
            }
            if (!makeUp.isEmpty()) {
                for (int k = 0; k < makeUp.size(); k++) {
                    item.append(k == 0 ? "" : "、").append(date(makeUp.get(k), true))
                            .append("（" + (shortWeekday ? "周" : "星期")
                                    + WEEKDAYS.charAt(makeUp.get(k).getDayOfWeek().getValue() - 1) + "）");
                    noted.add(makeUp.get(k));
                }
                item.append("上班。");
                work.addAll(makeUp);
            }
            text.append(ascii ? toAscii(item.toString()) : item).append('\n');
            lines.add(line++);
            cursor = sliceEnd.plusDays(1);
        }
        text.append("国务院办公厅\n");
        return new Written(text.toString(), off, work, lines, noted);
    }

    private static String date(LocalDate d, boolean withMonth) {
        return (withMonth ? d.getMonthValue() + "月" : "") + d.getDayOfMonth() + "日";
    }

    private static String note(LocalDate d, Random r, boolean shortWeekday, List<LocalDate> noted) {
        if (r.nextBoolean()) {
            return "";
        }
        noted.add(d);
        return "（" + (shortWeekday ? "周" : "星期") + WEEKDAYS.charAt(d.getDayOfWeek().getValue() - 1) + "）";
    }

    private static String toAscii(String text) {
        return text.replace('，', ',').replace('：', ':').replace('（', '(').replace('）', ')');
    }

    @Property(tries = 300)
    void a_generated_notice_reads_back_to_the_days_it_was_written_from(@ForAll long seed) {
        Written w = write(seed);
        StateCouncilNotice n = StateCouncilNotice.parse("generated.txt", w.text());
        assertEquals(w.off(), n.daysOff(), w.text());
        assertEquals(w.work(), n.workdays(), w.text());
        assertEquals(7, n.arrangements().size());
        for (int i = 0; i < 7; i++) {
            assertEquals(w.lines().get(i), n.arrangements().get(i).line());
        }
    }

    @Property(tries = 200)
    void a_generated_notice_with_one_false_weekday_note_is_refused_at_that_line(@ForAll long seed) {
        Written w = write(seed);
        if (w.noted().isEmpty()) {
            return;
        }
        LocalDate victim = w.noted().get(new Random(seed).nextInt(w.noted().size()));
        String right = String.valueOf(WEEKDAYS.charAt(victim.getDayOfWeek().getValue() - 1));
        String wrong = String.valueOf(WEEKDAYS.charAt(victim.getDayOfWeek().getValue() % 7));
        String[] lines = w.text().split("\n", -1);
        int index = -1;
        for (int i = 0; i < lines.length && index < 0; i++) {
            String marker = victim.getMonthValue() + "月" + victim.getDayOfMonth() + "日";
            String dayOnly = victim.getDayOfMonth() + "日";
            for (String form : List.of(marker, dayOnly)) {
                for (String open : List.of("（", "(")) {
                    for (String prefix : List.of("星期", "周")) {
                        String noted = form + open + prefix + right;
                        int at = lines[i].indexOf(noted);
                        boolean wholeDate = at >= 0 && (at == 0 || !Character.isDigit(lines[i].charAt(at - 1)));
                        if (wholeDate && index < 0) {
                            lines[i] = lines[i].substring(0, at) + form + open + prefix + wrong
                                    + lines[i].substring(at + noted.length());
                            index = i;
                        }
                    }
                }
            }
        }
        assertTrue(index >= 0, "the note of " + victim + " is in the text");
        String doctored = String.join("\n", lines);
        String line = "doctored.txt:" + (index + 1);
        CalendarException e = assertThrows(CalendarException.class,
                () -> StateCouncilNotice.parse("doctored.txt", doctored));
        assertEquals(ErrorCode.INVALID_HOLIDAY_NOTICE, e.violations().get(0).code());
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(line)
                && v.message().contains("but the notice says")), e.getMessage());
    }
}
