package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.ReferExternally;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ExternalBody;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.integrity.MismatchKind;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The queue facts the engine writes are what the history says: classes with overrides, flags, priority. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QueueFactsFromHistoryTest {
    static final ClockDefinition MARKED = ClockDefinition.builder("bank.accept")
            .description("accept within 4 working hours").startsAt(Milestone.RECEIVED).stopsAt(Milestone.ACCEPTED)
            .target(new ClockTarget.WorkingTime(Duration.ofHours(4))).onBreach(BreachAction.MARK).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final EditedStore store = new EditedStore();
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).store(store)
            .classifier(RuleClassifier.standard()).calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
            .clocks(MARKED).build();

    private ComplaintId register(String content) {
        RegisterComplaint base = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(base.actor(), base.idempotencyKey(), base.complainant(),
                base.channel(), base.receivedAt(), base.receivingUnit(), base.subjects(), Sensitive.of(content),
                base.request(), null)).complaintId();
    }

    private List<ComplaintId> ids(ComplaintQuery query) {
        return engine.hostReads().query(query).ids();
    }

    private QueueFacts facts(ComplaintId id) {
        return store.indexRow(id).orElseThrow().index().queue();
    }

    @Test
    void the_class_follows_an_override_and_the_classifier_s_flags_and_priority_are_searchable() {
        ComplaintId id = register("我的个人信息被泄露，我要找媒体曝光");
        ComplaintQuery all = ComplaintQuery.all(10);
        assertEquals(List.of(id), ids(all.withClass("seed.matter", "privacy-leak")));
        assertEquals(List.of(id), ids(all.withFlag(QueueFlag.MEDIA_THREAT)));
        assertEquals(engine.hostReads().classification(id).orElseThrow().priority(), facts(id).priority());
        assertEquals(List.of(id), ids(all.withPriorities(Set.of(facts(id).priority()))));

        engine.execute(new OverrideClass(id, Fixtures.HANDLER, Fixtures.key(), "seed.matter", "irregular-fees",
                Sensitive.of("客户来电澄清：实为年费争议")));
        assertEquals(List.of(), ids(all.withClass("seed.matter", "privacy-leak")));
        assertEquals(List.of(id), ids(all.withClass("seed.matter", "irregular-fees")));
        assertEquals(Fixtures.TELLER_ID, facts(id).owner(), "the registering actor owns it as first contact");
    }

    @Test
    void a_referral_with_an_empty_reference_is_recorded_and_searchable_by_no_reference() {
        ComplaintId id = register("柜员态度恶劣");
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        // Found by HostileCommandProperties: an empty reference fits the command's size limit, and the queue facts
        // refused it after the event was decided. A reference that says nothing is nothing to search by.
        engine.execute(ReferExternally.of(id, Fixtures.HANDLER, Fixtures.key(), ExternalBody.MEDIATION)
                .withReference(""));
        assertEquals(Set.of(), facts(id).externalReferences());
    }

    @Test
    void a_breach_with_the_mark_action_and_a_typical_case_are_flags() {
        ComplaintId id = register("柜员态度恶劣");
        assertFalse(facts(id).flags().contains(QueueFlag.BREACH_MARKED));
        clock.advance(Duration.ofDays(3));
        engine.tick();
        engine.execute(new AcceptComplaint(id, Fixtures.HANDLER, Fixtures.key()));
        assertTrue(facts(id).flags().contains(QueueFlag.BREACH_MARKED), facts(id).toString());
        assertEquals(List.of(id), ids(ComplaintQuery.all(10).withFlag(QueueFlag.BREACH_MARKED)));

        for (CommandType type : List.of(CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION, CommandType.RESPOND,
                CommandType.MARK_TYPICAL_CASE)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        assertEquals(List.of(id), ids(ComplaintQuery.all(10).withFlag(QueueFlag.TYPICAL_CASE)));
    }

    @Test
    void an_index_row_whose_queue_facts_were_edited_is_reported_by_the_verifier() {
        ComplaintId id = register("柜员态度恶劣");
        assertTrue(engine.verify(id).intact());
        ComplaintIndex row = store.indexRow(id).orElseThrow().index();
        store.editIndex(id, row.withQueue(QueueFacts.NONE));
        var verdict = engine.verify(id);
        assertEquals(List.of(MismatchKind.INDEX), verdict.mismatches().stream().map(m -> m.kind()).toList());
        assertTrue(verdict.mismatches().get(0).reason().contains("queue facts"), verdict.toString());
    }
}
