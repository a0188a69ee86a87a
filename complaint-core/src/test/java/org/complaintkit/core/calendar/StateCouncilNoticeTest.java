package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StateCouncilNoticeTest {
    private static final String NOTICES = "/calendars/state-council-notices/";
    private static final DayHours BANK = DayHours.parse("09:00-12:00,13:30-17:30");
    private static final int FIRST = 2008;
    private static final int LAST = 2026;
    /** Each amendment, by the year it changes. */
    private static final Map<Integer, String> AMENDMENTS = Map.of(2015, "2015-anniversary.txt",
            2019, "2019-labour-day.txt", 2020, "2020-spring-festival.txt");

    private static String resource(String path) {
        try (InputStream in = StateCouncilNoticeTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StateCouncilNotice notice(String file) {
        return StateCouncilNotice.parse(file, resource(NOTICES + file));
    }

    /** The year's arrangement as finally in force: the yearly notice with its amendment applied. */
    private static StateCouncilNotice inForce(int year) {
        StateCouncilNotice annual = notice(year + ".txt");
        return AMENDMENTS.containsKey(year) ? annual.amendedBy(notice(AMENDMENTS.get(year))) : annual;
    }

    /** Every day the notices 2008-2026 arrange, as "date OFF" or "date WORK". */
    private static SortedMap<LocalDate, String> fromNotices() {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        for (int year = FIRST; year <= LAST; year++) {
            StateCouncilNotice n = inForce(year);
            n.daysOff().forEach(d -> assertNull(days.put(d, "OFF"), d + " arranged by two notices"));
            n.workdays().forEach(d -> assertNull(days.put(d, "WORK"), d + " arranged by two notices"));
        }
        return days;
    }

    /** The first date the 2008 notice arranges: 2007-12-29, a make-up working day. */
    private static final LocalDate FROM = LocalDate.of(2007, 12, 29);

    private static SortedMap<LocalDate, String> chineseDays() {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        Pattern section = Pattern.compile("\"(holidays|workdays)\":\\{([^}]*)\\}");
        Pattern date = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\":");
        for (int year = FIRST - 1; year <= LAST; year++) {
            Matcher s = section.matcher(resource("/calendars/datasets/chinese-days/" + year + ".json"));
            while (s.find()) {
                Matcher d = date.matcher(s.group(2));
                while (d.find()) {
                    days.put(LocalDate.parse(d.group(1)), s.group(1).equals("holidays") ? "OFF" : "WORK");
                }
            }
        }
        return days.subMap(FROM, LocalDate.of(LAST + 1, 1, 1));
    }

    private static SortedMap<LocalDate, String> holidayCalendar() {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        Pattern entry = Pattern.compile("\"date\":\\s*\"([^\"]+)\"[^}]*?\"type\":\\s*\"([a-z_]+)\"");
        for (int year = FIRST - 1; year <= LAST; year++) {
            Matcher m = entry.matcher(resource("/calendars/datasets/holiday-calendar/" + year + ".json"));
            while (m.find()) {
                String type = switch (m.group(2)) {
                    case "public_holiday" -> "OFF";
                    case "transfer_workday" -> "WORK";
                    default -> throw new AssertionError("unknown type " + m.group(2));
                };
                days.put(LocalDate.parse(m.group(1)), type);
            }
        }
        return days.subMap(FROM, LocalDate.of(LAST + 1, 1, 1));
    }

    /** "date dataset=X notice=Y" for every date on which the two disagree. */
    private static Set<String> disagreements(SortedMap<LocalDate, String> dataset, SortedMap<LocalDate, String> notices) {
        Set<LocalDate> all = new TreeSet<>(dataset.keySet());
        all.addAll(notices.keySet());
        Set<String> out = new TreeSet<>();
        for (LocalDate d : all) {
            String a = dataset.getOrDefault(d, "-");
            String b = notices.getOrDefault(d, "-");
            if (!a.equals(b)) {
                out.add(d + " dataset=" + a + " notice=" + b);
            }
        }
        return out;
    }

    /** A named, explained disagreement between a dataset and the notice, which is the authority. */
    private record Disagreement(String date, String dataset, String notice, String why) {
        String key() {
            return date + " dataset=" + dataset + " notice=" + notice;
        }
    }

    private static final String ADJOINING = "the notice gives only the festival day off and says it is joined with "
            + "the weekend (与周末连休) or names a weekday in lieu (补休); this weekend day is an ordinary day off, "
            + "not a holiday the notice arranges; the dataset lists it as a holiday";

    private static final List<Disagreement> CHINESE_DAYS = List.of(
            new Disagreement("2011-06-05", "-", "OFF", "2011 notice 端午节：6月4日至6日放假公休，共3天 - the Sunday inside "
                    + "the range is missing from the dataset"),
            new Disagreement("2012-06-23", "-", "OFF", "2012 notice 端午节：6月22日至24日放假公休，共3天 - the Saturday "
                    + "inside the range is missing from the dataset"),
            new Disagreement("2014-04-06", "OFF", "-", "2014 notice 清明节：4月5日放假，4月7日（星期一）补休 - " + ADJOINING),
            new Disagreement("2015-09-05", "-", "OFF", "2015-05-13 notice 9月3日至5日调休放假，共3天 - the Saturday inside "
                    + "the range is missing from the dataset"),
            new Disagreement("2019-04-06", "OFF", "-", "2019 notice 清明节：4月5日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-04-07", "OFF", "-", "2019 notice 清明节：4月5日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-06-08", "OFF", "-", "2019 notice 端午节：6月7日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-06-09", "OFF", "-", "2019 notice 端午节：6月7日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-09-14", "OFF", "-", "2019 notice 中秋节：9月13日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-09-15", "OFF", "-", "2019 notice 中秋节：9月13日放假，与周末连休 - " + ADJOINING));

    private static final List<Disagreement> HOLIDAY_CALENDAR = List.of(
            new Disagreement("2007-12-29", "-", "WORK", "2008 notice 元旦：……12月29日（星期六）上班 - the dataset's 2007 "
                    + "has none of the 2008 notice's days"),
            new Disagreement("2007-12-30", "-", "OFF", "2008 notice 元旦：2007年12月30日-2008年1月1日放假 - missing"),
            new Disagreement("2007-12-31", "-", "OFF", "2008 notice 元旦：2007年12月30日-2008年1月1日放假 - missing"),
            new Disagreement("2008-05-04", "-", "WORK", "2008 notice 劳动节：……5月4日（星期日）上班 - missing"),
            new Disagreement("2008-06-07", "WORK", "OFF", "2008 notice 端午节：6月7日—9日放假，共3天。其中：6月7日（星期六）"
                    + "照常公休 - a day off inside the range, not a make-up working day"),
            new Disagreement("2008-09-13", "WORK", "OFF", "2008 notice 中秋节：9月13日—15日放假3天。其中，9月13日（星期六）"
                    + "为公休日 - a day off inside the range, not a make-up working day"),
            new Disagreement("2009-01-04", "-", "WORK", "2009 notice 元旦：……1月4日（星期日）上班 - missing"),
            new Disagreement("2009-09-27", "-", "WORK", "2009 notice 国庆节、中秋节：……9月27日（星期日）、10月10日（星期六）"
                    + "上班 - the dataset has only 10-10"),
            new Disagreement("2011-12-31", "-", "WORK", "2012 notice 元旦：……2011年12月31日（星期六）上班 - missing from the "
                    + "dataset's 2011"),
            new Disagreement("2014-04-06", "OFF", "-", "2014 notice 清明节：4月5日放假，4月7日（星期一）补休 - " + ADJOINING),
            new Disagreement("2015-01-04", "-", "WORK", "2015 notice 元旦：……1月4日（星期日）上班 - missing"),
            new Disagreement("2015-05-02", "OFF", "-", "2015 notice 劳动节：5月1日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2015-05-03", "OFF", "-", "2015 notice 劳动节：5月1日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2015-06-21", "OFF", "-", "2015 notice 端午节：6月20日放假，6月22日（星期一）补休 - " + ADJOINING),
            new Disagreement("2016-01-02", "OFF", "-", "2016 notice 元旦：1月1日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2016-01-03", "OFF", "-", "2016 notice 元旦：1月1日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2016-04-02", "WORK", "-", "2016 notice 清明节：4月4日放假，与周末连休 - no make-up day; the "
                    + "dataset makes the Saturday before a working day"),
            new Disagreement("2016-04-30", "OFF", "-", "2016 notice 劳动节：5月1日放假，5月2日（星期一）补休 - " + ADJOINING),
            new Disagreement("2018-06-16", "WORK", "-", "2018 notice 端午节：6月18日放假，与周末连休 - no make-up day; the "
                    + "dataset makes the Saturday before a working day"),
            new Disagreement("2018-09-22", "WORK", "-", "2018 notice 中秋节：9月24日放假，与周末连休 - no make-up day; the "
                    + "dataset makes the Saturday before a working day"),
            new Disagreement("2019-04-06", "OFF", "-", "2019 notice 清明节：4月5日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-04-07", "OFF", "-", "2019 notice 清明节：4月5日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-06-08", "OFF", "-", "2019 notice 端午节：6月7日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-06-09", "OFF", "-", "2019 notice 端午节：6月7日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-09-14", "OFF", "-", "2019 notice 中秋节：9月13日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2019-09-15", "OFF", "-", "2019 notice 中秋节：9月13日放假，与周末连休 - " + ADJOINING),
            new Disagreement("2020-02-02", "-", "OFF", "2020-01-26 notice 延长2020年春节假期至2月2日 - the dataset stops the "
                    + "extension at 02-01"));

    private static Set<String> keys(List<Disagreement> named) {
        Set<String> keys = new TreeSet<>();
        named.forEach(d -> assertTrue(keys.add(d.key()), "named twice: " + d));
        return keys;
    }

    private static int compared(SortedMap<LocalDate, String> dataset, SortedMap<LocalDate, String> notices) {
        Set<LocalDate> all = new TreeSet<>(dataset.keySet());
        all.addAll(notices.keySet());
        return all.size();
    }

    @Test
    void every_yearly_notice_from_2008_to_2026_and_the_three_amendments_are_read_without_a_problem() {
        for (int year = FIRST; year <= LAST; year++) {
            StateCouncilNotice n = notice(year + ".txt");
            assertEquals(year, n.year());
            assertEquals(StateCouncilNotice.Kind.ANNUAL, n.kind());
            assertTrue(n.arrangements().size() >= 6, n.toString());
        }
        for (Map.Entry<Integer, String> e : AMENDMENTS.entrySet()) {
            StateCouncilNotice n = notice(e.getValue());
            assertEquals(e.getKey(), n.year());
            assertEquals(StateCouncilNotice.Kind.AMENDMENT, n.kind());
            assertEquals(1, n.arrangements().size(), n.toString());
        }
    }

    @Test
    void the_notices_reproduce_the_chinese_days_dataset_but_for_each_named_disagreement() {
        SortedMap<LocalDate, String> notices = fromNotices();
        SortedMap<LocalDate, String> dataset = chineseDays();
        assertEquals(keys(CHINESE_DAYS), disagreements(dataset, notices));
        System.out.println("chinese-days: " + compared(dataset, notices) + " days compared 2007-12-29..2026-12-31, "
                + CHINESE_DAYS.size() + " named disagreements");
    }

    @Test
    void the_notices_reproduce_the_holiday_calendar_dataset_but_for_each_named_disagreement() {
        SortedMap<LocalDate, String> notices = fromNotices();
        SortedMap<LocalDate, String> dataset = holidayCalendar();
        assertEquals(keys(HOLIDAY_CALENDAR), disagreements(dataset, notices));
        System.out.println("holiday-calendar: " + compared(dataset, notices) + " days compared 2007-12-29..2026-12-31, "
                + HOLIDAY_CALENDAR.size() + " named disagreements");
    }
}
