package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.classification.RuleClassifier;
import java.util.Locale;
import org.complaintkit.core.notification.NoticeTemplate;
import org.complaintkit.core.notification.NoticeTemplates;
import org.complaintkit.core.notification.NotificationRules;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.VerbalLossReport;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 第二篇 四(三)3: "要注意告知客户务必在5日内及时到网点办理正式挂失，避免因临时挂失5日后自动失效引发客户投诉" — a
 * complaint of the loss-report class starts a 5-calendar-day clock, whose warning reminds the customer before the
 * verbal loss report lapses.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VerbalLossReportTest {
    static final String LOST_CARD = "系统升级停业期间卡丢了，网点只给办理了口头挂失，担心被盗刷。";
    static final NotificationSetup NOTICES = NotificationSetup.standard()
            .withRules(NotificationRules.standard().with(VerbalLossReport.reminder()));
    /** The host's classifier while the migration runs: every complaint is tagged incident-related. */
    static final Classifier MIGRATION = new Classifier() {
        @Override
        public String name() {
            return "migration-window";
        }

        @Override
        public ClassificationResult classify(ClassificationInput input) {
            return RuleClassifier.standard().classify(input.withTags("incident"));
        }

        @Override
        public Optional<Taxonomy> taxonomy(String scheme) {
            return RuleClassifier.standard().taxonomy(scheme);
        }
    };
    final NoticeBank bank = new NoticeBank(NOTICES, b -> b.classifier(MIGRATION).policies(VerbalLossReport.policy()));

    ComplaintId lodge(String content) {
        RegisterComplaint r = Fixtures.registration(bank.clock.instant());
        return bank.lodge(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), r.channel(),
                r.receivedAt(), r.receivingUnit(), r.subjects(), Sensitive.of(content), r.request(), null));
    }

    List<ClockChanged> lapseChanges(ComplaintId id) {
        return bank.store.load(id).stream().filter(ClockChanged.class::isInstance).map(ClockChanged.class::cast)
                .filter(c -> c.clockId().equals(VerbalLossReport.LAPSE)).toList();
    }

    List<Notification> reminders(ComplaintId id) {
        return bank.engine.hostReads().outbox(id).stream().map(e -> e.notification())
                .filter(n -> n.type().equals(VerbalLossReport.REMINDER)).toList();
    }

    @Test
    void a_loss_report_starts_the_5_calendar_day_clock_and_an_ordinary_complaint_does_not() {
        ComplaintId lost = lodge(LOST_CARD);
        ComplaintId ordinary = lodge(Fixtures.CONTENT);

        ClockState lapse = bank.engine.hostReads().clock(lost, VerbalLossReport.LAPSE);
        assertEquals(NoticeBank.at("2026-03-08T00:00"), lapse.dueAt().orElseThrow(),
                "registered Monday 2 March 09:00, lapses at the end of Saturday 7 March: calendar days, not working days");
        assertTrue(bank.engine.hostReads().clocks(ordinary).stream()
                .noneMatch(c -> c.definition().id().equals(VerbalLossReport.LAPSE)), "not selected for other classes");
    }

    @Test
    void the_customer_is_reminded_before_the_lapse_with_the_day_it_lapses_and_the_lapse_closes_the_window() {
        ComplaintId lost = lodge(LOST_CARD);
        ComplaintId ordinary = lodge(Fixtures.CONTENT);

        bank.clock.advance(Duration.ofDays(4));
        bank.engine.tick();
        List<Notification> sent = reminders(lost);
        assertEquals(1, sent.size(), () -> bank.types(lost).toString());
        Notification reminder = sent.get(0);
        assertTrue(reminder.toCustomer());
        assertTrue(reminder.body().contains("2026-03-07") && reminder.body().contains("口头挂失")
                && reminder.body().contains("身份证件"), reminder.body());
        ClockChanged warned = lapseChanges(lost).stream().filter(c -> c.change() == ClockChange.WARNED).findFirst()
                .orElseThrow();
        assertTrue(warned.occurredAt().isBefore(warned.deadline()), "the reminder comes before the lapse");
        assertTrue(reminders(ordinary).isEmpty());

        bank.clock.advance(Duration.ofDays(2));
        bank.engine.tick();
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.CLOSED),
                lapseChanges(lost).stream().map(ClockChanged::change).toList(),
                "the lapse ends the report, and is no breach of the bank's");
        assertEquals(1, reminders(lost).size(), "reminded once");
    }

    @Test
    void without_the_incident_tag_the_staff_classing_it_a_loss_report_starts_the_clock_from_the_registration() {
        NoticeBank plain = new NoticeBank(NOTICES,
                b -> b.classifier(RuleClassifier.standard()).policies(VerbalLossReport.policy()));
        RegisterComplaint r = Fixtures.registration(plain.clock.instant());
        ComplaintId lost = plain.lodge(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(),
                r.channel(), r.receivedAt(), r.receivingUnit(), r.subjects(), Sensitive.of(LOST_CARD), r.request(),
                null));
        assertTrue(plain.engine.hostReads().clocks(lost).stream()
                .noneMatch(c -> c.definition().id().equals(VerbalLossReport.LAPSE)), "classed ordinary without the tag");

        plain.clock.advance(Duration.ofHours(2));
        plain.engine.execute(OverrideClass.builder(lost, Fixtures.TELLER, Fixtures.key()).scheme("seed.incident")
                .code("incident.loss-report").reason(Sensitive.of("柜面受理口头挂失")).build());
        assertEquals(NoticeBank.at("2026-03-08T00:00"),
                plain.engine.hostReads().clock(lost, VerbalLossReport.LAPSE).dueAt().orElseThrow(),
                "counted from the report, not from the staff's classing");
    }

    @Test
    void the_reminder_is_written_in_simplified_and_traditional_chinese_and_english_and_needs_the_lapse_day() {
        for (String tag : List.of("zh-CN", "zh-TW", "en")) {
            NoticeTemplate template = NoticeTemplates.standard().find(VerbalLossReport.REMINDER,
                    Locale.forLanguageTag(tag)).orElseThrow(() -> new AssertionError("no reminder in " + tag));
            assertTrue(template.required().contains("deadline"), tag);
        }
    }

    @Test
    void answering_the_customer_stops_the_clock_and_no_reminder_follows() {
        ComplaintId lost = lodge(LOST_CARD);
        bank.readyToRespond(lost);
        bank.engine.execute(NoticeBank.respond(lost, ContactMethod.PHONE));

        bank.clock.advance(Duration.ofDays(6));
        bank.engine.tick();
        assertTrue(bank.engine.hostReads().clock(lost, VerbalLossReport.LAPSE).isStopped());
        assertTrue(reminders(lost).isEmpty(), () -> bank.types(lost).toString());
    }
}
