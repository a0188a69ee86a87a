package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.access.PersonalDataMask;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.classification.SwappableClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.learning.LabelledComplaint;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Retraining from the shipped corpus and the store's decisions, the dry run, and the engine recording the version of
 * the model swapped in. Runs on a small stand-in embedding model that records every text it is given.
 */
class RetrainingTest {
    static final String PHONE = "13812345678";
    static final String ID_NUMBER = "110101199003071234";
    static final String CARD = "6222021234567890123";
    static final SoftmaxRegression.Settings QUICK = new SoftmaxRegression.Settings(40, 4.0, 0.0001);

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final SwappableClassifier holder = SwappableClassifier.of("classifier", RuleClassifier.standard());
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
            .classifier(holder).calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).build();
    final RecordingModel model = new RecordingModel();
    final Retraining retraining = new Retraining("embeddings", RecordingModel.embedder("recording-64", model),
            Retraining.standard(RecordingModel.embedder("recording-64", model)).taxonomies(), QUICK, 0.3);

    private CommandResult register(String content) {
        RegisterComplaint r = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), r.channel(),
                r.receivedAt(), r.receivingUnit(), r.subjects(), Sensitive.of(content), r.request(), null));
    }

    private void override(ComplaintId id, String scheme, String code) {
        engine.execute(new OverrideClass(id, Fixtures.HANDLER, Fixtures.key(), scheme, code, Sensitive.of("核实后更正")));
    }

    @Test
    void theStoresDecisionsJoinTheShippedCorpusAndGiveANewVersion() {
        Retraining.Result before = retraining.fromStore(store);
        assertEquals(0, before.historyExamples());
        assertEquals(ShippedCorpus.examples().size(), before.baseExamples());

        ComplaintId id = register("存款机少点了我两百元，柜台说要等清机").complaintId();
        override(id, "seed.matter", "business-error");
        Retraining.Result after = retraining.fromStore(store);
        assertEquals(1, after.historyExamples());
        assertNotEquals(before.model().version(), after.model().version());
        assertEquals(before.labelledPerScheme().get("seed.matter") + 1, after.labelledPerScheme().get("seed.matter"));
        assertEquals(before.labelledPerScheme().get("seed.type"), after.labelledPerScheme().get("seed.type"),
                "nobody decided its type: the type head does not train on it");
        assertEquals(after.model().version(), retraining.fromStore(store).model().version(), "the same store, again");

        ComplaintId elsewhere = register("柜员态度恶劣").complaintId();
        override(elsewhere, "jrt0169.cause", "C01");
        Retraining.Result withOther = retraining.fromStore(store);
        assertEquals(1, withOther.historyExamples());
        assertEquals(1, withOther.historyLeftOut(), "decided only in a scheme this model does not classify by");
        assertEquals(after.model().version(), withOther.model().version());
    }

    @Test
    void aPhoneNumberAnIdNumberAndACardNumberNeverReachTheEmbedderOrTheFile() throws IOException {
        ComplaintId id = register("我是" + Fixtures.NAME + "，电话" + PHONE + "，身份证" + ID_NUMBER + "，卡号" + CARD
                + "，这张卡被多收了年费。").complaintId();
        override(id, "seed.matter", "irregular-fees");
        model.seen.clear();
        EmbeddingClassifier trained = retraining.fromStore(store).model();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ModelFile.write(trained, file);
        String bytes = new String(file.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(model.seen.stream().anyMatch(t -> t.contains("多收了年费")), "the complaint was trained on");
        for (String personal : List.of(PHONE, ID_NUMBER, CARD, Fixtures.NAME, "12345678", "1234567890")) {
            assertTrue(model.seen.stream().noneMatch(t -> t.contains(personal)), personal + " reached the embedder");
            assertFalse(bytes.contains(personal), personal + " in the model file");
        }
        assertFalse(bytes.contains("年费"), "no text at all in the file");

        model.seen.clear();
        Retraining.dryRun(store, trained);
        assertTrue(model.seen.stream().anyMatch(t -> t.contains("多收了年费")), "the dry run classified it");
        for (String personal : List.of(PHONE, ID_NUMBER, CARD, Fixtures.NAME)) {
            assertTrue(model.seen.stream().noneMatch(t -> t.contains(personal)), personal + " reached the embedder");
        }
    }

    @Test
    void theDryRunListsEveryClassThatWouldChangeAndWritesNothing() {
        List<ComplaintId> ids = new ArrayList<>();
        for (String text : List.of("柜员态度恶劣", "转账三天还没到账", "信用卡年费乱收", "我的个人信息被泄露了")) {
            ids.add(register(text).complaintId());
        }
        override(ids.get(0), "seed.matter", "business-error");
        Map<ComplaintId, List<ComplaintEvent>> before = new HashMap<>();
        ids.forEach(i -> before.put(i, store.load(i)));

        EmbeddingClassifier candidate = retraining.fromStore(store).model();
        DryRun run = Retraining.dryRun(store, candidate);

        ids.forEach(i -> assertEquals(before.get(i), store.load(i), "nothing written for " + i));
        assertEquals(ids.size(), run.examined());
        assertEquals(candidate.version(), run.modelVersion());
        assertTrue(run.changes().stream().noneMatch(c -> c.complaintId().equals(ids.get(0))
                && c.scheme().equals("seed.matter")), "a person's override is never listed");
        List<ClassChange> expected = new ArrayList<>();
        for (ComplaintId i : ids.stream().sorted(Comparator.comparing(ComplaintId::value)).toList()) {
            var now = engine.hostReads().classification(i).orElseThrow();
            String text = ClassificationInput.of(engine.hostReads().find(i).orElseThrow().registration(), null,
                    Set.of()).text();
            for (Prediction p : candidate.predict(PersonalDataMask.text(text, Fixtures.NAME))) {
                var c = now.in(p.scheme()).orElseThrow();
                if (c.source().equals(Classifications.OVERRIDE)) {
                    continue;
                }
                boolean changed = p.decided() ? !p.code().equals(c.decidedCode().orElse(null)) : c.isDecided();
                if (changed) {
                    expected.add(new ClassChange(i, p.scheme(), c.decidedCode().orElse(null), p.code(), p.confidence(), !p.decided()));
                }
            }
        }
        assertEquals(expected, run.changes());
        assertFalse(run.changes().isEmpty(), "a model trained 40 epochs disagrees with the rules somewhere");
    }

    @Test
    void aChangeSaysWhetherTheClassChangesGoesToAPersonOrIsDecidedFromAPerson() {
        ComplaintId id = ComplaintId.of("C-1");
        ClassChange changes = new ClassChange(id, "seed.matter", "fees", "privacy-leak", 0.9, false);
        ClassChange toPerson = new ClassChange(id, "seed.matter", "fees", "fees", 0.3, true);
        ClassChange fromPerson = new ClassChange(id, "seed.matter", null, "fees", 0.7, false);
        assertEquals(ClassChange.Kind.CLASS_CHANGES, changes.kind());
        assertEquals(ClassChange.Kind.DECIDED_TO_PERSON, toPerson.kind());
        assertEquals(ClassChange.Kind.PERSON_TO_DECIDED, fromPerson.kind());
        assertEquals(Optional.of("fees"), toPerson.decidedNow());
        assertEquals(Optional.empty(), fromPerson.decidedNow());
    }

    @Test
    void theEngineRecordsTheVersionOfTheModelSwappedIn() {
        ComplaintClassified byRules = assertInstanceOf(ComplaintClassified.class, register("柜员态度恶劣").events().get(1));
        assertEquals(RuleClassifier.standard().version(), byRules.modelVersion());
        EmbeddingClassifier retrained = retraining.fromStore(store).model();
        holder.swap(retrained);
        ComplaintClassified byModel = assertInstanceOf(ComplaintClassified.class, register("柜员态度恶劣").events().get(1));
        assertEquals(retrained.version(), byModel.modelVersion());
        assertEquals("classifier", byModel.classifier());
    }

    @Test
    void theEngineRecordsTheShippedCombinationsModelAndRulesVersionsAndTheRetrainedOnesAfterASwap() {
        EmbeddingClassifier first = retraining.fromStore(store).model();
        holder.swap(ShippedCombination.of(first));
        ComplaintClassified byFirst = assertInstanceOf(ComplaintClassified.class, register("柜员态度恶劣").events().get(1));
        String rules = RuleClassifier.standard().version();
        String firstModel = first.withMinConfidence(ShippedCombination.MIN_CONFIDENCE).version();
        assertEquals("vote@0.80/80(" + firstModel + "+" + rules + ")", byFirst.modelVersion());

        override(byFirst.header().complaintId(), "seed.matter", "business-error");
        EmbeddingClassifier retrained = retraining.fromStore(store).model();
        holder.swap(ShippedCombination.of(retrained));
        ComplaintClassified byRetrained = assertInstanceOf(ComplaintClassified.class,
                register("柜员态度恶劣").events().get(1));
        String retrainedModel = retrained.withMinConfidence(ShippedCombination.MIN_CONFIDENCE).version();
        assertNotEquals(firstModel, retrainedModel);
        assertEquals("vote@0.80/80(" + retrainedModel + "+" + rules + ")", byRetrained.modelVersion());
    }

    @Test
    void aDecisionNamingAClassTheModelsSchemeLacksIsRefusedWithEveryProblem() {
        LabelledComplaint odd = new LabelledComplaint(ComplaintId.of("C-1"), "text", Map.of("seed.matter", "no-such",
                "seed.type", "also-not"), Set.of(LabelledComplaint.OVERRIDE));
        LabelledComplaint twice = new LabelledComplaint(ComplaintId.of("C001"), "text", Map.of("seed.matter", "other"),
                Set.of(LabelledComplaint.OVERRIDE));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> retraining.train(ShippedCorpus.examples(), List.of(odd, twice)));
        assertEquals(3, e.violations().size(), e.getMessage());
        assertTrue(e.violations().stream().anyMatch(v -> v.code() == ErrorCode.TRAINING_SET_INVALID
                && v.path().equals("examples[C001]")), "C001 is a corpus id as well");
        assertEquals(2, e.violations().stream().filter(v -> v.code() == ErrorCode.UNKNOWN_CLASS).count());
    }

    @Test
    void aSchemeNoExampleIsLabelledInIsRefused() {
        Taxonomy matter = retraining.taxonomies().get(0);
        LabelledExample typeOnly = new LabelledExample("X1", "text", Map.of("seed.type", "service"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> EmbeddingClassifier.trainEachScheme(
                "embeddings", retraining.embedder(), List.of(typeOnly), List.of(matter), QUICK, 0.5));
        assertEquals(ErrorCode.TRAINING_SET_INVALID, e.violations().get(0).code());
        assertEquals("taxonomies[seed.matter]", e.violations().get(0).path());
    }
}
