package org.complaintkit.core.reporting;

import static org.complaintkit.core.reporting.FixedHistory.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.classification.Taxonomies;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.spi.storage.ComplaintQuery;

/**
 * Every report over the one fixed history of {@link FixedHistory}, checked against figures worked out by hand
 * from its description: a complaint closed across the Labour Day holiday (F), one reopened (B), one escalated
 * twice (D) and one withdrawn (C).
 */
class FixedHistoryReportsTest {
    static final ReportPeriod MARCH = ReportPeriod.month(YearMonth.of(2026, 3), SHANGHAI);
    static final ReportPeriod SPRING = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), SHANGHAI);

    final FixedHistory bank = new FixedHistory();

    @Example
    void the_facts_of_each_complaint_are_as_the_history_tells() {
        ComplaintFacts d = ComplaintFacts.of(bank.engine.hostReads().history(bank.d));
        assertEquals(2, d.escalations(), "GD-SZ to GD, then GD to HO; the sweep finds no level above HO");
        assertEquals(ClockResult.OPEN_OVERDUE, d.clocks().get(ChinaCbirc.DECISION), "15 days from 2 March");
        assertEquals(FixedHistory.SZ, d.handlingUnit(), "escalation does not move the first responsibility");
        ComplaintFacts b = ComplaintFacts.of(bank.engine.hostReads().history(bank.b));
        assertEquals(1, b.reinvestigations());
        assertEquals(ClockResult.OPEN_OVERDUE, b.clocks().get(ChinaCbirc.DECISION),
                "answered on 2 March, reopened the same day and not answered again by 30 April: the second round of"
                        + " the decision ran past its 15 days, and the met first round does not hide it");
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.WARNED, ClockChange.OVERDUE),
                changes(bank.b, ChinaCbirc.DECISION + "#2"), "the second round, recorded under its own id");
        assertTrue(changes(bank.b, ChinaCbirc.DECISION).contains(ClockChange.MET), "the first round stands as met");
        assertEquals(ClockResult.OPEN_OVERDUE, b.clocks().get(ChinaCbirc.REVIEW_WINDOW), "the 30-day window closed");
        ComplaintFacts c = ComplaintFacts.of(bank.engine.hostReads().history(bank.c));
        assertEquals(ClockResult.CANCELLED, c.clocks().get(ChinaCbirc.DECISION));
        ComplaintFacts f = ComplaintFacts.of(bank.engine.hostReads().history(bank.f));
        assertEquals(ClockResult.OPEN, f.clocks().get(ChinaCbirc.REVIEW_WINDOW), "answered 30 April, window open");
        assertEquals(java.util.Set.of(Fixtures.ACCUSED_ID), ComplaintFacts.of(bank.engine.hostReads().history(bank.e))
                .staffComplainedAbout());
    }

    private List<ClockChange> changes(ComplaintId id, String clockId) {
        return bank.engine.hostReads().history(id).stream().filter(e -> e instanceof ClockChanged c && c.clockId().equals(clockId))
                .map(e -> ((ClockChanged) e).change()).toList();
    }

    @Example
    void the_unit_report_rolls_each_outlets_complaints_up_to_head_office() {
        UnitReport march = UnitReport.compute(bank.store, FixedHistory.DIRECTORY, bank.sla, MARCH,
                Map.of(FixedHistory.OUTLET, 20_000L, FixedHistory.OUTLET_2, 30_000L, FixedHistory.SZ, 50_000L));
        List<String> order = march.rows().stream().map(r -> r.unit().value() + "@" + r.depth() + ":"
                + r.rolledUp().complaints() + "/" + r.own().complaints()).toList();
        assertEquals(List.of("HO@0:5/0", "GD@1:5/0", "GD-SZ@2:5/3", "GD-SZ-FT@3:2/0", "GD-SZ-FT-001@4:2/2"), order,
                "A and the unassigned C belong to the outlet; B, D and E to GD-SZ; F is in April");
        Measures all = march.row(FixedHistory.HO).orElseThrow().rolledUp();
        assertEquals(new Measures(5, 2, 2, 1, 1, 0, 2, 1, 1, 1, 2, 2, Map.of("CNY", new BigDecimal("200"))), all,
                "closed A and E; open B and D; C withdrawn is neither; B reopened; D escalated; B and E partly upheld,"
                        + " A rejected; A satisfied, B not; decision met by A and E, breached by D and by B's second"
                        + " round; the review windows are not duties; E's 200 CNY");
        assertEquals(all, march.total());
        assertEquals(0.5, all.breachRate());
        assertEquals(0.2, all.reopenRate());
        assertEquals(0.5, all.satisfactionRate());
        assertEquals(2.0 / 3, all.upheldRate(), 1e-12);
        UnitReport.Row ho = march.row(FixedHistory.HO).orElseThrow();
        assertEquals(100_000, ho.customers());
        assertEquals(0.5, ho.per10kCustomers(), "5 complaints over 100,000 customers");
        assertEquals(2, ho.outlets());
        assertEquals(2.5, ho.perOutlet());
        UnitReport.Row outlet = march.row(FixedHistory.OUTLET).orElseThrow();
        assertEquals(1.0, outlet.per10kCustomers(), "2 complaints over 20,000 customers");
        assertTrue(Double.isNaN(outlet.perOutlet()), "an outlet has no outlets under it");
        assertEquals(new Measures(2, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, Map.of()), outlet.own());
        assertEquals(50_000, march.row(FixedHistory.FT).orElseThrow().customers());
        List<String> text = march.table().rows().get(2);
        assertEquals(List.of("    GD-SZ", "深圳分行", "5", "3", "2", "2", "20.0%", "1", "2", "1", "50.0%", "2", "2",
                "50.0%", "200 CNY", "0.50", "2.50"), text);
        assertEquals(1, UnitReport.compute(bank.store, FixedHistory.DIRECTORY, bank.sla,
                ReportPeriod.month(YearMonth.of(2026, 4), SHANGHAI), Map.of()).total().complaints(), "F alone");
    }

    @Example
    void the_jrt_0169_return_codes_each_complaint_in_three_dimensions() {
        JrtReturn march = JrtReturn.compute(bank.store, Taxonomies.bundled(), MARCH);
        assertEquals(List.of(new JrtReturn.Line("A101", "B01", "C01", 2), new JrtReturn.Line("A10302", "B01", "C01", 2),
                new JrtReturn.Line("A10303", "B04", "C02", 1)), march.lines(),
                "A and E at the counter; B and C by phone (the withdrawn C still counts); D in the app");
        assertEquals(5, march.total());
        Map<String, Long> channels = new LinkedHashMap<>();
        channels.put("A1", 5L);
        channels.put("A101", 2L);
        channels.put("A103", 3L);
        channels.put("A10302", 2L);
        channels.put("A10303", 1L);
        assertEquals(channels, march.totalsBy(JrtReturn.CHANNEL), "rolled up the code hierarchy, in the standard's order");
        assertEquals(Map.of("B01", 4L, "B04", 1L), march.totalsBy(JrtReturn.BUSINESS));
        assertEquals(List.of("A10303", "移动客户端", "B04", "支付结算", "C02", "服务设施、设备、业务系统", "1"),
                march.table().rows().get(2));
        assertEquals(List.of(JrtReturn.CHANNEL, "A1", "前台业务渠道", "5", "100.0%"), march.summary().rows().get(0));
        JrtReturn spring = JrtReturn.compute(bank.store, Taxonomies.bundled(), SPRING);
        assertEquals(1, spring.lines().stream().filter(l -> l.channel().equals("A99")).mapToLong(JrtReturn.Line::complaints)
                .sum(), "no rule codes a letter: F counts under the standard's 'other' code");
    }

    @Example
    void the_performance_feed_counts_through_the_access_policy() {
        StandardAccessPolicy policy = StandardAccessPolicy.standard();
        PerformanceFeed manager = PerformanceFeed.compute(bank.store, ComplaintQuery.all(50), FixedHistory.MANAGER,
                policy, bank.sla);
        assertEquals(6, manager.counted());
        assertEquals(0, manager.withheld());
        Map<String, String> rows = new LinkedHashMap<>();
        manager.staff().forEach(r -> rows.put(r.staff().value(), r.handled().complaints() + " handled, "
                + r.handled().closed() + " closed, " + r.handled().clocksMet() + "/" + r.handled().clocksBreached()
                + " met/breached, " + r.handled().satisfied() + "/" + r.handled().dissatisfied()
                + " satisfied/not, " + r.validAgainst() + " valid against"));
        assertEquals(Map.of(
                "S-1001", "1 handled, 1 closed, 1/0 met/breached, 1/0 satisfied/not, 0 valid against",
                "S-2001", "4 handled, 2 closed, 2/2 met/breached, 1/1 satisfied/not, 0 valid against",
                "S-4001", "0 handled, 0 closed, 0/0 met/breached, 0/0 satisfied/not, 1 valid against"), rows,
                "S-2001 handles B, D, E and F; E, partly upheld, is about S-4001");
        Map<UnitId, String> units = new LinkedHashMap<>();
        manager.units().forEach(r -> units.put(r.unit(), r.handled().complaints() + "/" + r.validAgainst()));
        assertEquals(Map.of(FixedHistory.OUTLET, "1/3", FixedHistory.SZ, "4/0"), units,
                "the outlet handles A (C was never assigned); the valid E names it, the valid B and F name no unit and were received there");

        PerformanceFeed accused = PerformanceFeed.compute(bank.store, ComplaintQuery.all(50),
                Fixtures.ACCUSED, policy, bank.sla);
        assertEquals(0, accused.counted(), "E is about them, and they have no part in the others");
        assertEquals(6, accused.withheld());
        PerformanceFeed handler = PerformanceFeed.compute(bank.store, ComplaintQuery.all(50), Fixtures.HANDLER,
                policy, bank.sla);
        assertEquals(4, handler.counted(), "the handler sees B, D, E and F in full");
        assertFalse(handler.table().toText().contains(bank.e.value()), "the feed names no complaint");
    }

    @Example
    void the_statistical_bucket_in_reports_agrees_with_the_engine() {
        Dimension bucket = Dimension.bucket(bank.sla);
        Map<ComplaintId, String> expected = Map.of(bank.a, "NOT_COUNTED", bank.b, "COMPLAINT", bank.c, "NOT_COUNTED",
                bank.d, "COMPLAINT", bank.e, "ENQUIRY", bank.f, "ENQUIRY");
        expected.forEach((id, value) -> {
            assertEquals(value, bucket.of(ComplaintFacts.of(bank.engine.hostReads().history(id)), SHANGHAI), id.value());
            assertEquals(value, bank.engine.hostReads().statisticalBucket(id).bucket().name(), "engine on " + id.value());
        });
        assertEquals("COMPLAINT", Dimension.bucket().of(ComplaintFacts.of(bank.engine.hostReads().history(bank.e)), SHANGHAI),
                "taking E's closed review window for a duty would make it a complaint: hence bucket(sla)");
    }

    @Example
    void the_other_reports_read_the_same_history_as_worked_out_by_hand() {
        DailyIncidentReport day = DailyIncidentReport.compute(bank.store, LocalDate.of(2026, 3, 2), SHANGHAI,
                JrtReturn.CAUSE);
        assertEquals(Map.of("C01", Map.of("COUNTER", 2L, "PHONE", 2L), "C02", Map.of("WEBSITE", 1L)), day.counts());
        assertEquals(5, day.total());
        assertEquals(2, day.open(), "B reopened and D");

        FcaReturn fca = FcaReturn.compute(bank.store, bank.calendar, MARCH.start(), MARCH.end());
        assertEquals(new FcaReturn(MARCH.start(), MARCH.end(), 5, 2, 2, 0, 0, 1), fca,
                "A and E closed within three business days; E upheld in part, A rejected");
        FcaReturn mayReturn = FcaReturn.compute(bank.store, bank.calendar, Instant.parse("2026-04-30T16:00:00Z"),
                Instant.parse("2026-05-31T16:00:00Z"));
        assertEquals(1, mayReturn.closed(), "F closed on 6 May");
        assertEquals(1, mayReturn.closedWithin3BusinessDays(), "30 April, then 6 May: the holiday is not business days");

        HandlingTimes times = HandlingTimes.compute(bank.store, ComplaintQuery.all(50), unit -> bank.calendar, SHANGHAI,
                Dimension.CHANNEL);
        assertEquals(new HandlingTimes.Summary(2, Duration.ofMinutes(390), Duration.ofMinutes(390),
                Duration.ofMinutes(390)), times.groups().get(List.of("COUNTER")),
                "A 09:30 to 17:30 less lunch; E to 00:30, after hours");
        assertEquals(new HandlingTimes.Summary(1, Duration.ofMinutes(120), Duration.ofMinutes(120),
                Duration.ofMinutes(120)), times.groups().get(List.of("LETTER")), "16:30 to 17:30, then 09:00 to 10:00");

        AsicReport asic = AsicReport.compute(bank.store, ComplaintQuery.all(50), SHANGHAI, LocalDate.of(2026, 5, 6));
        AsicReport.Row d = asic.rows().stream().filter(r -> r.complaintId().equals(bank.d.value())).findFirst()
                .orElseThrow();
        assertEquals("ASSIGNED", d.status());
        assertEquals(65, d.daysOpen(), "2 March to 6 May");

        Tally byEscalations = Tally.scan(bank.store, ComplaintQuery.all(4), SHANGHAI, Dimension.ESCALATIONS,
                Dimension.HALF_YEAR_RECEIVED);
        assertEquals(Map.of("0", 5L, "2", 1L), byEscalations.totalsBy(Dimension.ESCALATIONS));
        assertEquals(Map.of("2026-H1", 6L), byEscalations.totalsBy(Dimension.HALF_YEAR_RECEIVED));
        Tally rolled = Tally.scan(bank.store, ComplaintQuery.all(4), SHANGHAI,
                Dimension.handlingUnitAt(FixedHistory.DIRECTORY, UnitLevel.SUB_BRANCH));
        assertEquals(Map.of("GD-SZ", 4L, "GD-SZ-FT", 2L), rolled.totalsBy(rolled.dimensions().get(0)),
                "a branch is above the sub-branch level and stands for itself");
        List<String> weeks = new ArrayList<>(Tally.scan(bank.store, ComplaintQuery.all(4), SHANGHAI,
                Dimension.WEEK_RECEIVED).totalsBy(Dimension.WEEK_RECEIVED).keySet());
        assertEquals(List.of("2026-W10", "2026-W18"), weeks);
    }
}
