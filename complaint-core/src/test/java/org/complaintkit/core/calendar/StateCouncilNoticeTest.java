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
    private static final int FIRST = 2007;
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

    /** Every day the notices 2007-2026 arrange, as "date OFF" or "date WORK". */
    private static SortedMap<LocalDate, String> fromNotices() {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        for (int year = FIRST; year <= LAST; year++) {
            StateCouncilNotice n = inForce(year);
            n.daysOff().forEach(d -> assertNull(days.put(d, "OFF"), d + " arranged by two notices"));
            n.workdays().forEach(d -> assertNull(days.put(d, "WORK"), d + " arranged by two notices"));
        }
        return days;
    }

    /** The first date the 2007 notice arranges: 2006-12-30, a make-up working day. */
    private static final LocalDate FROM = LocalDate.of(2006, 12, 30);

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
    void every_yearly_notice_from_2007_to_2026_and_the_three_amendments_are_read_without_a_problem() {
        for (int year = FIRST; year <= LAST; year++) {
            StateCouncilNotice n = notice(year + ".txt");
            assertEquals(year, n.year());
            assertEquals(StateCouncilNotice.Kind.ANNUAL, n.kind());
            assertTrue(n.arrangements().size() >= (year == 2007 ? 4 : 6), n.toString());
            n.arrangements().forEach(a -> assertFalse(((StateCouncilNotice.Holiday) a).special(), a.toString()));
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
        System.out.println("chinese-days: " + compared(dataset, notices) + " days compared " + FROM + "..2026-12-31, "
                + CHINESE_DAYS.size() + " named disagreements");
    }

    @Test
    void the_notices_reproduce_the_holiday_calendar_dataset_but_for_each_named_disagreement() {
        SortedMap<LocalDate, String> notices = fromNotices();
        SortedMap<LocalDate, String> dataset = holidayCalendar();
        assertEquals(keys(HOLIDAY_CALENDAR), disagreements(dataset, notices));
        System.out.println("holiday-calendar: " + compared(dataset, notices) + " days compared " + FROM + "..2026-12-31, "
                + HOLIDAY_CALENDAR.size() + " named disagreements");
    }

    @Test
    void the_2024_to_2026_notices_give_exactly_the_days_of_the_shipped_mainland_calendar() {
        CalendarDefinition shipped = CalendarFile.mainlandChina();
        CalendarDefinition built = notice("2024.txt").toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK);
        built = notice("2025.txt").applyTo(built, BANK);
        built = notice("2026.txt").applyTo(built, BANK);
        assertEquals(shipped.holidays(), built.holidays());
        assertEquals(shipped.makeUpDays(), built.makeUpDays());
        assertEquals(shipped.validFrom(), built.validFrom());
        assertEquals(shipped.validTo(), built.validTo());
        for (LocalDate d = shipped.validFrom(); !d.isAfter(shipped.validTo()); d = d.plusDays(1)) {
            assertEquals(shipped.hoursOn(d), built.hoursOn(d), d.toString());
        }
    }

    @Test
    void the_2025_and_2026_notices_give_every_projected_statutory_day_off() {
        StatutoryHolidays table = StatutoryHolidays.mainlandChina();
        for (int year = 2025; year <= 2026; year++) {
            Set<LocalDate> off = notice(year + ".txt").daysOff();
            for (LocalDate d : table.datesIn(year)) {
                assertTrue(off.contains(d), d + " is off in the notice of " + year);
            }
        }
    }

    @Test
    void the_2015_anniversary_notice_adds_a_special_holiday_as_a_new_calendar_version_from_3_september() {
        StateCouncilNotice annual = notice("2015.txt");
        StateCouncilNotice amendment = notice("2015-anniversary.txt");
        StateCouncilNotice.Holiday special = (StateCouncilNotice.Holiday) amendment.arrangements().get(0);
        assertTrue(special.special());
        assertEquals("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", special.name());
        assertEquals(Set.of(LocalDate.of(2015, 9, 3), LocalDate.of(2015, 9, 4), LocalDate.of(2015, 9, 5)),
                special.daysOff());
        assertEquals(Set.of(LocalDate.of(2015, 9, 6)), special.workdays());

        CalendarVersions history = CalendarVersions.of(annual.toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK));
        CalendarVersions adopted = annual.amendedBy(amendment).adoptInto(history, BANK);
        assertEquals(2, adopted.latest().number());
        assertEquals(LocalDate.of(2015, 9, 3), adopted.latest().effectiveFrom());
        CalendarDefinition v2 = adopted.latest().calendar().definition();
        assertFalse(v2.hoursOn(LocalDate.of(2015, 9, 4)).isWorking());
        assertTrue(v2.hoursOn(LocalDate.of(2015, 9, 6)).isWorking());
        assertTrue(history.latest().calendar().definition().hoursOn(LocalDate.of(2015, 9, 4)).isWorking());
    }

    @Test
    void the_2019_labour_day_change_replaces_the_one_day_holiday_from_28_april() {
        StateCouncilNotice annual = notice("2019.txt");
        StateCouncilNotice amended = annual.amendedBy(notice("2019-labour-day.txt"));
        StateCouncilNotice.Holiday labour = amended.arrangements().stream()
                .filter(a -> a instanceof StateCouncilNotice.Holiday h && h.festivals().contains(ChineseFestival.LABOUR_DAY))
                .map(a -> (StateCouncilNotice.Holiday) a).findFirst().orElseThrow();
        assertEquals(Set.of(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 2), LocalDate.of(2019, 5, 3),
                LocalDate.of(2019, 5, 4)), labour.daysOff());
        assertEquals(Set.of(LocalDate.of(2019, 4, 28), LocalDate.of(2019, 5, 5)), labour.workdays());
        assertEquals(annual.arrangements().size(), amended.arrangements().size());

        CalendarDefinition before = annual.toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK);
        CalendarVersions adopted = amended.adoptInto(CalendarVersions.of(before), BANK);
        assertEquals(LocalDate.of(2019, 4, 28), adopted.latest().effectiveFrom());
    }

    @Test
    void the_2020_extension_runs_the_spring_festival_to_2_february_and_frees_the_make_up_saturday() {
        StateCouncilNotice annual = notice("2020.txt");
        StateCouncilNotice amendment = notice("2020-spring-festival.txt");
        assertEquals(new StateCouncilNotice.Extension(6, ChineseFestival.SPRING_FESTIVAL, LocalDate.of(2020, 2, 2)),
                amendment.arrangements().get(0));
        StateCouncilNotice amended = annual.amendedBy(amendment);
        assertTrue(amended.daysOff().containsAll(Set.of(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 2, 2))));
        assertFalse(amended.workdays().contains(LocalDate.of(2020, 2, 1)), "the make-up Saturday became a day off");
        assertTrue(amended.workdays().contains(LocalDate.of(2020, 1, 19)), "the make-up Sunday before stays");
        CalendarVersions adopted = amended.adoptInto(
                CalendarVersions.of(annual.toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK)), BANK);
        assertEquals(LocalDate.of(2020, 1, 31), adopted.latest().effectiveFrom());
    }

    @Test
    void an_amendment_is_refused_on_another_year_and_on_a_calendar_directly() {
        CalendarException wrongYear = assertThrows(CalendarException.class,
                () -> notice("2018.txt").amendedBy(notice("2019-labour-day.txt")));
        assertEquals(ErrorCode.INVALID_HOLIDAY_NOTICE, wrongYear.violations().get(0).code());
        CalendarDefinition base = notice("2019.txt").toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK);
        assertThrows(CalendarException.class, () -> notice("2019-labour-day.txt").applyTo(base, BANK));
        CalendarException again = assertThrows(CalendarException.class,
                () -> notice("2019.txt").adoptInto(CalendarVersions.of(base), BANK));
        assertTrue(again.getMessage().contains("changes no date"), again.getMessage());
    }

    @Test
    void a_notice_for_a_year_after_a_gap_is_refused_naming_the_calendars_horizon() {
        CalendarDefinition base = notice("2024.txt").toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK);
        CalendarException e = assertThrows(CalendarException.class, () -> notice("2026.txt").applyTo(base, BANK));
        assertEquals(ErrorCode.INVALID_HOLIDAY_NOTICE, e.violations().get(0).code());
        assertTrue(e.getMessage().contains("would leave a gap"), e.getMessage());
    }

    @Test
    void ascii_punctuation_reads_the_same_as_the_published_full_width_forms() {
        String published = resource(NOTICES + "2025.txt");
        String ascii = published.replace('，', ',').replace('：', ':').replace('（', '(').replace('）', ')')
                .replace('；', ';');
        StateCouncilNotice a = StateCouncilNotice.parse("2025.txt", published);
        StateCouncilNotice b = StateCouncilNotice.parse("2025-ascii.txt", ascii);
        assertEquals(a.daysOff(), b.daysOff());
        assertEquals(a.workdays(), b.workdays());
    }

    @Test
    void a_notice_with_several_faults_reports_each_with_its_line_and_reason() {
        String text = String.join("\n",
                "# a doctored notice",
                "经国务院批准，现将2025年元旦、春节的具体安排通知如下。",
                "一、元旦：1月1日（周四）放假1天，不调休。",
                "二、春节：1月28日至2月4日放假调休，共7天。1月26日（周日）、2月8日（周六）上班。",
                "三、清明节：4月4日至6日放假，共3天。4月7日（周一）上班。",
                "四、劳动节：2月30日放假。",
                "五、端午节：5月31日放假。其中6月9日为公休日。",
                "六、中秋节：不放假。");
        CalendarException e = assertThrows(CalendarException.class, () -> StateCouncilNotice.parse("doctored.txt", text));
        List<String> where = new ArrayList<>(e.violations().stream().map(Violation::path).toList());
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_HOLIDAY_NOTICE));
        assertEquals(List.of("doctored.txt:3", "doctored.txt:4", "doctored.txt:5", "doctored.txt:6",
                "doctored.txt:6", "doctored.txt:7", "doctored.txt:8"), where, e.getMessage());
        String m = e.getMessage();
        assertTrue(m.contains("2025-01-01 is a WEDNESDAY, but the notice says 周四"), m);
        assertTrue(m.contains("the notice says 7 days but its dates give 8"), m);
        assertTrue(m.contains("the make-up working day 2025-04-07 is a MONDAY, not a weekend day"), m);
        assertTrue(m.contains("the date 2月30日 cannot be read"), m);
        assertTrue(m.contains("2025-06-09 is named but is neither a day off nor a make-up working day"), m);
        assertTrue(m.contains("the arrangement for 中秋节 gives no day off"), m);
    }

    @Test
    void a_text_that_is_not_a_holiday_notice_is_refused_with_the_forms_it_would_need() {
        CalendarException e = assertThrows(CalendarException.class,
                () -> StateCouncilNotice.parse("memo.txt", "关于做好节日期间安全工作的通知\n请各单位注意安全。"));
        assertEquals("memo.txt:1", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("no holiday arrangement found"), e.getMessage());
        assertThrows(CalendarException.class, () -> StateCouncilNotice.parse("empty.txt", "# nothing\n"));
    }

    @Test
    void a_new_year_range_without_years_runs_from_december_of_the_year_before() {
        String text = String.join("\n",
                "经国务院批准，现将2030年元旦、春节的具体安排通知如下。",
                "一、元旦：12月30日（星期日）至1月1日（星期二）放假调休，共3天。12月29日（星期六）上班。",
                "二、春节：2月2日至8日放假调休，共7天。1月26日（星期六）、2月9日（星期六）上班。",
                "三、清明节：4月5日放假，共1天。", "四、劳动节：5月1日至2日放假，共2天。", "五、端午节：6月5日放假，共1天。",
                "六、中秋节：9月12日放假，共1天。", "七、国庆节：10月1日至3日放假，共3天。");
        StateCouncilNotice n = StateCouncilNotice.parse("2030.txt", text);
        assertEquals(Set.of(LocalDate.of(2029, 12, 30), LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1)),
                ((StateCouncilNotice.Holiday) n.arrangements().get(0)).daysOff());
        assertEquals(LocalDate.of(2029, 12, 29), n.workdays().first());
        CalendarDefinition c = n.toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK);
        assertEquals(LocalDate.of(2029, 12, 29), c.validFrom());
        assertEquals(LocalDate.of(2030, 12, 31), c.validTo());
    }

    @Test
    void a_notice_that_would_leave_a_statutory_holiday_a_working_day_or_names_another_year_is_not_made_official() {
        String partial = String.join("\n", "国务院办公厅关于2027年部分节假日安排的通知",
                "经国务院批准，现将2027年元旦、春节的具体安排通知如下。",
                "一、元旦：1月1日（星期五）至3日（星期日）放假，共3天。");
        StateCouncilNotice onlyNewYear = StateCouncilNotice.parse("2027.txt", partial);
        CalendarException missing = assertThrows(CalendarException.class,
                () -> onlyNewYear.toCalendar("CN-mainland", ZoneId.of("Asia/Shanghai"), BANK));
        assertTrue(missing.getMessage().contains("春节") && missing.getMessage().contains("国庆节"), missing.getMessage());

        CalendarException typo = assertThrows(CalendarException.class, () -> StateCouncilNotice.parse("2027.txt",
                String.join("\n", "经国务院批准，现将2027年元旦、春节的具体安排通知如下。",
                        "一、元旦：2026年1月1日（星期四）至3日（星期六）放假，共3天。")));
        assertTrue(typo.getMessage().contains("outside the notice's year 2027"), typo.getMessage());

        CalendarException titles = assertThrows(CalendarException.class, () -> StateCouncilNotice.parse("2028.txt",
                String.join("\n", "国务院办公厅关于2028年部分节假日安排的通知", "经国务院批准，现将2027年元旦、春节的具体安排通知如下。",
                        "一、元旦：1月1日（星期五）至3日（星期日）放假，共3天。")));
        assertTrue(titles.getMessage().contains("the title arranges 2028"), titles.getMessage());
    }

    @Test
    void an_extension_of_a_festival_the_year_does_not_arrange_is_refused() {
        String text = String.join("\n",
                "国务院办公厅关于延长2021年国庆节假期的通知",
                "一、延长2021年国庆节假期至10月9日（星期六），10月11日（星期一）起正常上班。");
        StateCouncilNotice extension = StateCouncilNotice.parse("made-up.txt", text);
        StateCouncilNotice only = StateCouncilNotice.parse("2021-part.txt",
                "现将2021年元旦的具体安排通知如下。\n一、元旦：2021年1月1日至3日放假，共3天。");
        CalendarException e = assertThrows(CalendarException.class, () -> only.amendedBy(extension));
        assertEquals("made-up.txt:2", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("needs one arrangement of it"), e.getMessage());
        assertEquals(LocalDate.of(2021, 10, 9),
                notice("2021.txt").amendedBy(extension).daysOff().stream().filter(d -> d.getMonthValue() == 10)
                        .max(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void a_notice_file_is_read_from_disk_by_its_name(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = dir.resolve("2026.txt");
        java.nio.file.Files.writeString(file, resource(NOTICES + "2026.txt"), StandardCharsets.UTF_8);
        assertEquals(notice("2026.txt").daysOff(), StateCouncilNotice.read(file).daysOff());
        assertEquals("2026.txt", StateCouncilNotice.read(file).source());
    }
}
