package org.complaintkit.core.lifecycle;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ExtensionTier;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.RecordNewFacts;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import java.util.Set;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * Random chains of commands, clock moves, repeats and bad input against the engine, each step checked
 * against {@link LifecycleModel}, with invariants over the stored histories after every step.
 */
class LifecycleProperties {
    static final int TRIES = 300;
    static final AtomicLong STEPS = new AtomicLong();
    /** Commands that end a complaint early; drawn less often so chains reach the later statuses. */
    static final java.util.Set<CommandType> ENDINGS = java.util.EnumSet.of(CommandType.WITHDRAW, CommandType.REJECT,
            CommandType.MERGE);

    @Property(tries = TRIES)
    void only_table_transitions_happen_and_every_refused_or_repeated_command_changes_nothing(
            @ForAll("chains") ActionChain<Harness> chain) {
        chain.withInvariant("histories replay to the states the engine returned", Harness::historiesReplay)
                .withInvariant("versions match the model and count the events", Harness::versionsMatch)
                .withInvariant("every event has an actor and a time from the clock", Harness::eventsAreAttributed)
                .run();
    }

    @Property(tries = TRIES / 3)
    void with_clocks_configured_versions_grow_by_exactly_the_events_each_command_appends(
            @ForAll("chainsWithClocks") ActionChain<Harness> chain) {
        chain.withInvariant("histories replay to the states the engine returned", Harness::historiesReplay)
                .withInvariant("versions match the model and count the events", Harness::versionsMatch)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<Harness>> chains() {
        return chains(false);
    }

    @Provide
    Arbitrary<ActionChain<Harness>> chainsWithClocks() {
        return chains(true);
    }

    private Arbitrary<ActionChain<Harness>> chains(boolean withClocks) {
        return ActionChain.startWith(() -> new Harness(withClocks))
                .withAction(1, new Register())
                .withAction(10, new Execute())
                .withAction(2, new AdvanceClock())
                .withAction(2, byIndex("repeat", h -> !h.done.isEmpty(), Harness::repeat))
                .withAction(1, byIndex("reuse the key of", h -> !h.done.isEmpty(), Harness::reuseKey))
                .withAction(1, byIndex("bad input on", h -> !h.complaints.isEmpty(), Harness::badInput))
                .withMaxTransformations(80);
    }

    /** The system under test plus the model. */
    static final class Harness {
        final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        final org.complaintkit.testkit.EncodingStore store = new org.complaintkit.testkit.EncodingStore();
        final ComplaintEngine engine;

        final boolean withClocks;

        Harness(boolean withClocks) {
            this.withClocks = withClocks;
            ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                    .rules(LifecycleRules.defaults(ZoneOffset.UTC)
                            .withApprovalRule(ApprovalRule.whenCompensationAbove(LifecycleModel.APPROVAL_LIMIT)));
            if (withClocks) {
                // The harness with clocks has a tier ladder too (LifecycleModel.LADDER); the other has none.
                builder.tierLadder(LifecycleModel.LADDER);
                builder.classifier(org.complaintkit.core.classification.RuleClassifier.standard());
                builder.calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).clocks(
                        ClockDefinition.builder(Commands.EXTENDED_CLOCK).description("decide")
                                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                                .pausesFor(PauseReason.WAITING_FOR_CUSTOMER).target(new ClockTarget.CalendarDays(15))
                                .extension(new ExtensionTier("complex", new ClockTarget.CalendarDays(30), null, false))
                                .extension(new ExtensionTier("special", new ClockTarget.CalendarDays(60), Role.APPROVER,
                                        true))
                                .warnAt(50).restartsOnNewFacts(true).build(),
                        new ClockDefinition("feedback", "feed back", Milestone.RECEIVED,
                                Set.of(Milestone.RESPONDED, Milestone.CLOSED), Set.of(), new ClockTarget.WorkingDays(5),
                                List.of(), false));
            }
            // A complaint a body forwarded opens an accountability case at registration (the one trigger the model
            // predicts: a case opened by an overdue clock would follow a command's clock changes).
            builder.accountability(org.complaintkit.core.accountability.AccountabilityPolicy.of(
                    Set.of(org.complaintkit.api.complaint.AccountabilityTrigger.EXTERNAL_CHANNEL)));
            this.engine = builder.evidence(evidence).build();
        }
        /** Holds {@link Commands#EVIDENCE} for every complaint, so attaching it passes the engine's check. */
        final org.complaintkit.core.store.InMemoryEvidenceStore evidence = new org.complaintkit.core.store.InMemoryEvidenceStore();
        final List<LifecycleModel.Complaint> complaints = new ArrayList<>();
        final Map<ComplaintId, ComplaintState> lastState = new HashMap<>();
        /** The rights of the actor a state was returned to, where they were not full. */
        final Map<ComplaintId, org.complaintkit.api.access.ViewRights> lastRights = new HashMap<>();
        final List<Map.Entry<HandlingCommand, CommandResult>> done = new ArrayList<>();

        void register(boolean aboutAccused) {
            var command = aboutAccused ? Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID)
                    : Fixtures.registration(clock.instant());
            // Every other complaint came through the regulator, so a reply to the forwarding body can be accepted.
            boolean forwarded = complaints.size() % 2 == 1;
            if (forwarded) {
                command = new org.complaintkit.api.command.RegisterComplaint(command.actor(), command.idempotencyKey(),
                        command.complainant(), command.channel(), command.receivedAt(), command.receivingUnit(),
                        command.subjects(), command.content(), command.request(),
                        org.complaintkit.api.complaint.Forwarding.from(
                                org.complaintkit.api.complaint.ForwardingSource.REGULATOR, "JG-1"),
                        command.jurisdiction(), command.confidential());
            }
            CommandResult result = engine.execute(command);
            assertEquals(result.events().size(), result.version());
            LifecycleModel.Complaint added = new LifecycleModel.Complaint(result.complaintId(),
                    aboutAccused ? Fixtures.ACCUSED_ID : null, clock.instant());
            added.forwarded = forwarded;
            added.caseOpen = forwarded;
            assertEquals(forwarded, result.events().stream().anyMatch(
                    e -> e instanceof org.complaintkit.api.event.AccountabilityCaseOpened opened
                            && opened.triggers().equals(List.of(
                                    org.complaintkit.api.complaint.AccountabilityTrigger.EXTERNAL_CHANNEL))),
                    "a forwarded complaint opens one accountability case at registration, no other does");
            added.version = result.version();
            complaints.add(added);
            assertEquals(Commands.evidenceReceipt(result.complaintId()), evidence.put(result.complaintId(), Commands.EVIDENCE));
            lastState.put(result.complaintId(), result.state());
            lastRights.remove(result.complaintId());
        }

        void execute(int which, CommandType type, Actor actor, Commands.Payload payload) {
            STEPS.incrementAndGet();
            LifecycleModel.Complaint c = complaints.get(which % complaints.size());
            Commands.Payload p = payload.mergeTarget() == null ? payload
                    : payload.withMergeTarget(which % 2 == 0 ? c.id : ComplaintId.of("C-elsewhere"));
            HandlingCommand command = Commands.of(type, c.id, actor, Fixtures.key(), p);
            LifecycleModel.Expected expected = LifecycleModel.predict(c, type, actor, p, clock.instant(), withClocks);
            List<ComplaintEvent> before = store.load(c.id);
            if (expected.refusal() != null) {
                ComplaintKitException e = assertThrows(ComplaintKitException.class, () -> engine.execute(command),
                        () -> type + " in " + c.status + " should be refused with " + expected.refusal());
                assertEquals(expected.refusal(), e.code(), e.getMessage());
                List<ComplaintEvent> after = store.load(c.id);
                boolean conflict = expected.refusal() == ErrorCode.RECUSAL || expected.refusal() == ErrorCode.FOUR_EYES
                        || expected.refusal() == ErrorCode.ACCOUNTABILITY_CONCERNED;
                if ((actor.staffId().equals(c.accused) || conflict) && after.size() == before.size()) {
                    // A repeat of a denial recorded in full within the hour is counted, to be recorded as a run.
                    Instant now = clock.instant();
                    assertTrue(before.stream().anyMatch(earlier -> earlier instanceof org.complaintkit.api.event.AccessDenied d
                            && d.actor().staffId().equals(actor.staffId()) && d.code() == expected.refusal()
                            && d.occurredAt().isAfter(now.minus(Duration.ofHours(1)))),
                            "only a repeat within the hour goes unrecorded for now");
                } else if (actor.staffId().equals(c.accused) || conflict) {
                    assertEquals(before, after.subList(0, before.size()), "a denial changes no earlier event");
                    assertInstanceOf(org.complaintkit.api.event.AccessDenied.class, after.get(after.size() - 1),
                            "a denial by the access policy, or on a ground of conflict, is recorded");
                    if (after.size() == before.size() + 2) {
                        // The run of repeats of an earlier denial, now past its hour, is recorded before this one.
                        assertInstanceOf(org.complaintkit.api.event.AccessDenialsRepeated.class,
                                after.get(before.size()), "only a run of repeats comes before a new denial");
                    } else {
                        assertEquals(before.size() + 1, after.size());
                    }
                    c.version = after.size();
                    lastState.put(c.id, engine.hostReads().find(c.id).orElseThrow());
                    lastRights.remove(c.id);
                } else {
                    assertEquals(before, after, "a refused command stores nothing");
                }
                Statistics.label("refusals").collect(expected.refusal());
                return;
            }
            CommandResult result = engine.execute(command);
            assertEquals(expected.target(), result.state().status(), () -> type + " from " + c.status);
            if (type == CommandType.EXTEND_DEADLINE) {
                assertTrue(result.events().stream().anyMatch(e -> e instanceof ClockChanged changed
                        && changed.change() == ClockChange.EXTENDED), "an extension records the new deadline");
            }
            assertEquals(c.version + result.events().size(), result.version());
            // Resolving at first contact records its path's five lifecycle events; every other command one.
            int lifecycleEvents = type == CommandType.RESOLVE_AT_FIRST_CONTACT ? 5 : 1;
            assertTrue(result.events().stream().limit(lifecycleEvents).noneMatch(e -> e instanceof ClockChanged),
                    "the lifecycle events come first");
            assertTrue(result.events().stream().skip(lifecycleEvents).allMatch(e -> e instanceof ClockChanged),
                    "only clock changes follow them");
            ComplaintEvent event = result.events().get(0);
            if (event instanceof org.complaintkit.api.event.AccountabilityDecided decided) {
                assertEquals(1, decided.cases().size(), "a decision decides the one case the registration opened");
                assertTrue(store.load(c.id).stream().anyMatch(e -> e.sequence() == decided.cases().get(0)
                        && e instanceof org.complaintkit.api.event.AccountabilityCaseOpened), "it names that case");
                Statistics.label("accountability decided").collect(c.status);
            }
            if (event instanceof org.complaintkit.api.event.CustomerContacted contacted) {
                assertEquals(!c.reached && contacted.outcome() == org.complaintkit.api.casework.ContactOutcome.REACHED,
                        contacted.firstReached(), "only the first contact that reaches the customer is the first contact");
                Statistics.label("contacts").collect(contacted.outcome(), contacted.firstReached());
            }
            assertEquals(actor, event.actor());
            assertEquals(clock.instant(), event.occurredAt());
            assertTrue(engine.lifecycle().candidates(c.status, type).stream().anyMatch(t -> t.to() == expected.target()),
                    "only table transitions happen");
            LifecycleModel.accept(c, type, actor, p, clock.instant(), expected.target());
            if (withClocks && c.decisionDeadline() != null) {
                Statistics.label("decision tiers").collect(LifecycleModel.TIERS.get(c.tierRank));
                engine.hostReads().clocks(c.id).stream().filter(s -> s.definition().id().equals(Commands.EXTENDED_CLOCK))
                        .findFirst().ifPresent(s -> assertEquals(c.decisionDeadline(), s.deadline(),
                                "the model's decision deadline"));
            }
            c.version = result.version();
            Statistics.label("statuses reached").collect(expected.target());
            // The engine returns the state as the actor may hold it (masked unless the policy gives full rights).
            lastState.put(c.id, result.state());
            lastRights.put(c.id, org.complaintkit.core.access.StandardAccessPolicy.standard().rights(actor,
                    engine.hostReads().find(c.id).orElseThrow()));
            done.add(Map.entry(command, result));
        }

        void repeat(int which) {
            var entry = done.get(which % done.size());
            List<ComplaintEvent> before = store.load(entry.getKey().complaintId());
            CommandResult again = engine.execute(entry.getKey());
            assertTrue(again.replayed());
            assertEquals(entry.getValue().events(), again.events());
            assertEquals(entry.getValue().state(), again.state());
            assertEquals(before, store.load(entry.getKey().complaintId()), "a repeated command adds no event");
        }

        void reuseKey(int which) {
            var entry = done.get(which % done.size());
            HandlingCommand original = entry.getKey();
            CommandType other = original.type() == CommandType.RECORD_NEW_FACTS ? CommandType.WITHDRAW
                    : CommandType.RECORD_NEW_FACTS;
            HandlingCommand clash = Commands.of(other, original.complaintId(), original.actor(),
                    original.idempotencyKey(), Commands.Payload.plain());
            List<ComplaintEvent> before = store.load(original.complaintId());
            StoreException e = assertThrows(StoreException.class, () -> engine.execute(clash));
            assertEquals(ErrorCode.IDEMPOTENCY_KEY_REUSED, e.code());
            assertEquals(before, store.load(original.complaintId()));
        }

        void badInput(int which) {
            LifecycleModel.Complaint c = complaints.get(which % complaints.size());
            List<ComplaintEvent> before = store.load(c.id);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.execute(
                    new RecordNewFacts(c.id, Fixtures.HANDLER, null, null)));
            assertEquals(2, e.violations().size(), e.getMessage());
            assertEquals(before, store.load(c.id));
        }

        void historiesReplay() {
            for (LifecycleModel.Complaint c : complaints) {
                ComplaintState replayed = ComplaintAggregate.replay(store.load(c.id));
                assertEquals(lastState.get(c.id), lastRights.containsKey(c.id)
                        ? org.complaintkit.core.access.ComplaintViews.forReader(replayed, lastRights.get(c.id)) : replayed);
            }
        }

        void versionsMatch() {
            for (LifecycleModel.Complaint c : complaints) {
                List<ComplaintEvent> history = store.load(c.id);
                assertEquals(c.version, history.size());
                for (int i = 0; i < history.size(); i++) {
                    assertEquals(i + 1, history.get(i).sequence());
                }
                assertEquals(c.status, engine.hostReads().find(c.id).orElseThrow().status());
            }
        }

        void eventsAreAttributed() {
            for (LifecycleModel.Complaint c : complaints) {
                for (ComplaintEvent e : store.load(c.id)) {
                    assertNotNull(e.actor());
                    assertFalse(e.occurredAt().isAfter(clock.instant()));
                }
            }
        }
    }

    static Arbitrary<Actor> actors() {
        return Arbitraries.frequency(Tuple.of(3, Fixtures.TELLER), Tuple.of(3, Fixtures.HANDLER),
                Tuple.of(3, Fixtures.APPROVER), Tuple.of(1, Fixtures.ACCUSED));
    }

    static Arbitrary<Commands.Payload> payloads() {
        Arbitrary<Money> compensation = Arbitraries.of(null, Money.of("0", "CNY"), Money.of("999.99", "CNY"),
                Money.of("1000", "CNY"), Money.of("1000.01", "CNY"), Money.of("10000", "CNY"));
        Arbitrary<StaffId> handler = Arbitraries.of(null, Fixtures.HANDLER_ID, Fixtures.ACCUSED_ID);
        Arbitrary<ComplaintId> merge = Arbitraries.of(null, ComplaintId.of("C-marker"));
        Arbitrary<String> tier = Arbitraries.of("complex", "special", "special", "bogus");
        Arbitrary<ContactMethod> notice = Arbitraries.of(null, ContactMethod.SMS, ContactMethod.POST);
        return Combinators.combine(compensation, Arbitraries.of(Satisfaction.class), handler, merge, tier, notice)
                .as(Commands.Payload::new);
    }

    static final class Register implements Action.Independent<Harness> {
        @Override
        public Arbitrary<Transformer<Harness>> transformer() {
            return Arbitraries.of(false, false, true)
                    .map(about -> Transformer.mutate("register" + (about ? " (about the accused)" : ""),
                            h -> h.register(about)));
        }
    }

    static final class Execute implements Action.Dependent<Harness> {
        @Override
        public boolean precondition(Harness h) {
            return !h.complaints.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Harness>> transformer(Harness h) {
            return Arbitraries.integers().between(0, h.complaints.size() - 1).flatMap(which -> {
                java.util.Set<CommandType> allowed = LifecycleModel.allowedIn(h.complaints.get(which).status);
                Arbitrary<CommandType> any = Arbitraries.of(CommandType.class).filter(t -> t != CommandType.REGISTER);
                List<Tuple.Tuple2<Integer, CommandType>> weighted = new ArrayList<>();
                allowed.forEach(t -> weighted.add(Tuple.of(ENDINGS.contains(t)
                        || t == CommandType.ESCALATE || t == CommandType.URGE
                        || t == CommandType.GIVE_OPINION || t == CommandType.RAISE_WITH_HEAD
                        || t == CommandType.TRANSFER_OWNERSHIP || t == CommandType.HAND_UP_TIER
                        || ((t == CommandType.EXTEND_DEADLINE || t == CommandType.OVERRIDE_CLASS
                        || t == CommandType.PROMISE_COMPLETION) && !h.withClocks)
                        ? 1 : 12, t)));
                @SuppressWarnings("unchecked")
                Arbitrary<CommandType> types = allowed.isEmpty() ? any
                        : Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.frequency(weighted.toArray(Tuple.Tuple2[]::new))),
                                Tuple.of(1, any));
                return Combinators.combine(types, actors(), payloads())
                        .as((type, actor, payload) -> Transformer.mutate(
                                type + " by " + actor.staffId() + " on #" + which + " " + payload,
                                harness -> harness.execute(which, type, actor, payload)));
            });
        }
    }

    static final class AdvanceClock implements Action.Independent<Harness> {
        @Override
        public Arbitrary<Transformer<Harness>> transformer() {
            return Arbitraries.longs().between(1, 60L * 24 * 40)
                    .map(minutes -> Transformer.mutate("advance " + minutes + " min",
                            h -> h.clock.advance(Duration.ofMinutes(minutes))));
        }
    }

    /** An action that picks an earlier complaint or command by index, when the harness has one. */
    static Action.Dependent<Harness> byIndex(String label, Predicate<Harness> ready,
                                             BiConsumer<Harness, Integer> step) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(Harness h) {
                return ready.test(h);
            }

            @Override
            public Arbitrary<Transformer<Harness>> transformer(Harness h) {
                return Arbitraries.integers().between(0, 1000)
                        .map(which -> Transformer.mutate(label + " #" + which, harness -> step.accept(harness, which)));
            }
        };
    }
}
