package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.casefile.EventDescriptions;
import org.complaintkit.core.casefile.Reading;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The version of the model or rules a complaint was classified with is recorded on its {@code ComplaintClassified}
 * event, shown in its case file, and read as "unrecorded" from events stored before versions were recorded.
 */
class ModelVersionTest {
    /**
     * A ComplaintClassified event as it was stored before the model version was recorded: frozen here, as a row in
     * a bank's database holds it, and never to be regenerated.
     */
    static final String REVISION_ONE = "{\"@type\":\"ComplaintClassified\",\"header\":{\"complaintId\":{\"value\":"
            + "\"C-2025-000017\"},\"sequence\":2,\"occurredAt\":\"2025-03-03T02:00:00Z\",\"actor\":{\"staffId\":"
            + "{\"value\":\"S-2001\"},\"unitId\":{\"value\":\"U-OUTLET\"},\"roles\":[{\"code\":\"HANDLER\"}]}},"
            + "\"classifier\":\"rules\",\"result\":{\"classes\":[{\"scheme\":\"seed.matter\",\"schemeVersion\":"
            + "\"2024\",\"code\":\"service-attitude\",\"source\":\"rules\",\"fired\":[{\"ruleId\":\"matter.attitude\","
            + "\"priority\":60,\"evidence\":[\"态度\"]}],\"decidedBy\":\"rule matter.attitude (priority 60)\"}],"
            + "\"flags\":[],\"priority\":\"NORMAL\",\"priorityBecause\":[]}}";

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private ComplaintEngine engine(Classifier classifier) {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false).classifier(classifier)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).build();
    }

    private static CommandResult register(ComplaintEngine engine, Instant at) {
        RegisterComplaint r = Fixtures.registration(at);
        return engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), r.channel(),
                r.receivedAt(), r.receivingUnit(), r.subjects(), Sensitive.of("柜员态度恶劣"), r.request(), null));
    }

    private static ComplaintClassified classified(CommandResult result) {
        return assertInstanceOf(ComplaintClassified.class, result.events().get(1));
    }

    /** A classifier that states a version of its own and says which one classified. */
    record Versioned(String version) implements Classifier {
        @Override
        public String name() {
            return "stub";
        }

        @Override
        public ClassificationResult classify(ClassificationInput input) {
            return RuleClassifier.standard().classify(input);
        }
    }

    @Test
    void theRulesVersionIsRecordedOnTheClassificationEvent() {
        RuleClassifier rules = RuleClassifier.standard();
        ComplaintClassified event = classified(register(engine(rules), clock.instant()));
        assertEquals(rules.version(), event.modelVersion());
        assertTrue(event.modelVersion().matches("rules-[0-9a-f]{16}"), event.modelVersion());
    }

    @Test
    void theSameRuleFilesGiveTheSameVersionAndAChangedRuleAnother() {
        String shipped = RuleClassifier.standard().version();
        assertEquals(shipped, Taxonomies.bundled().classifier().version(), "built again from the same files");
        String withOneMore = Taxonomies.bundled().withRules("mine.rules",
                "rule mine.fees\n  assign seed.matter:irregular-fees\n  phrases 乱收费\n").classifier().version();
        String withAnotherPhrase = Taxonomies.bundled().withRules("mine.rules",
                "rule mine.fees\n  assign seed.matter:irregular-fees\n  phrases 多收费\n").classifier().version();
        assertNotEquals(shipped, withOneMore);
        assertNotEquals(withOneMore, withAnotherPhrase, "one phrase changed");
    }

    @Test
    void aClassifierThatStatesNoVersionIsRecordedAsUnstated() {
        Classifier silent = new Classifier() {
            @Override
            public String name() {
                return "host-model";
            }

            @Override
            public ClassificationResult classify(ClassificationInput input) {
                return RuleClassifier.standard().classify(input);
            }
        };
        assertEquals(Classifier.UNSTATED_VERSION, classified(register(engine(silent), clock.instant())).modelVersion());
    }

    @Test
    void aSwappedModelsVersionIsRecordedFromTheNextRegistrationOn() {
        SwappableClassifier holder = SwappableClassifier.of("model", new Versioned("m-1"));
        ComplaintEngine engine = engine(holder);
        ComplaintClassified first = classified(register(engine, clock.instant()));
        Classifier replaced = holder.swap(new Versioned("m-2"));
        ComplaintClassified second = classified(register(engine, clock.instant()));
        assertEquals("m-1", first.modelVersion());
        assertEquals("m-2", second.modelVersion());
        assertEquals("model", second.classifier(), "the holder's name, whatever model is current");
        assertEquals(new Versioned("m-1"), replaced);
        assertSame(holder.current(), holder.snapshot());
    }

    @Test
    void anEventStoredBeforeVersionsWereRecordedReadsAsUnrecordedAndIsWrittenWithoutAVersion() {
        ComplaintEvent read = EventCodec.decode(REVISION_ONE);
        ComplaintClassified old = assertInstanceOf(ComplaintClassified.class, read);
        assertNull(old.modelVersion());
        assertEquals(ComplaintClassified.UNRECORDED, old.recordedModelVersion());
        assertEquals("service-attitude", old.result().in("seed.matter").orElseThrow().code());
        assertEquals(ComplaintId.of("C-2025-000017"), old.complaintId());
        // Revision 1 is upcast to revision 2 (the needs-a-person state), so it is written again in the new form;
        // its seal verifies over the text as stored (StoredHistoryCompatibilityTest). No version is invented.
        String again = EventCodec.encode(old);
        assertFalse(again.contains("modelVersion"), "no version is written for an event that recorded none");
        assertEquals(old, EventCodec.decode(again), "the upcast form reads back to the same event");
        ComplaintClassified recorded = new ComplaintClassified(old.header(), old.classifier(), old.result(),
                "rules-0123456789abcdef");
        String now = EventCodec.encode(recorded);
        assertEquals(again.substring(0, again.length() - 1)
                + ",\"modelVersion\":\"rules-0123456789abcdef\"}", now, "the version is added last");
        assertEquals(recorded, EventCodec.decode(now));
    }

    @Test
    void theCaseFileSaysWhenTheModelVersionWasNotRecorded() {
        ComplaintClassified old = (ComplaintClassified) EventCodec.decode(REVISION_ONE);
        Reading full = new Reading(ViewRights.FULL, Sensitive.of(Fixtures.NAME), ZoneId.of("Asia/Shanghai"));
        String line = EventDescriptions.describe(old, full).text();
        assertTrue(line.startsWith("classified by rules (model version unrecorded): "), line);
    }

    @Test
    void theCaseFileShowsTheModelVersion() {
        RuleClassifier rules = RuleClassifier.standard();
        ComplaintEngine engine = engine(rules);
        ComplaintId id = register(engine, clock.instant()).complaintId();
        String text = engine.caseFile(id, Fixtures.HANDLER).text();
        assertTrue(text.contains("classified by rules (model version " + rules.version() + ")"), text);
    }

    @Test
    void aHolderClassifiesWithItsCurrentModel() {
        SwappableClassifier holder = SwappableClassifier.of("model", RuleClassifier.standard());
        ClassificationInput in = ClassificationInput.of(Channel.PHONE, "年费乱收");
        assertEquals(RuleClassifier.standard().classify(in), holder.classify(in));
        assertEquals(RuleClassifier.standard().version(), holder.version());
        assertEquals(List.of(), holder.taxonomy("no.such").stream().toList());
    }
}
