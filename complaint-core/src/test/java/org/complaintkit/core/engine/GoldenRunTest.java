package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.escalation.UrgingPolicy;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.notification.RetryPolicy;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.SealedEvent;
import org.junit.jupiter.api.Test;

/**
 * A fixed run of the whole engine, written down byte for byte: the net under any change to the command path.
 *
 * <p>Sixteen complaints on a bank with a directory, the rule classifier, repeat and group detection,
 * escalation, urging, notices and the CBIRC clocks on the mainland calendar take about 1,100 commands drawn by a
 * seeded random walk over every command type, actor and payload (most are refused: the refusal codes are
 * part of the record), reused and repeated idempotency keys, sweeps, deliveries, a retroactive calendar
 * correction and access checks on views. The file {@code golden/engine-run.txt} holds every command's
 * outcome, every stored event in its canonical form with its seal, and every notice's state. A change to the
 * engine that changes any of it, an event, its order, a sequence, a time, a seal, a refusal code, fails here.
 *
 * <p>To accept an intended change of behaviour, run with {@code -Dgolden.write=true} and review the diff of
 * the file in the commit.
 */
class GoldenRunTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/engine-run.txt");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theWholeEngineRunIsRecordedExactlyAsTheGoldenFileSays() throws IOException {
        String run = play();
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, run, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertEquals(expected, run, "the engine's record of the golden run changed; if that is intended, run with "
                + "-Dgolden.write=true and review the diff of " + GOLDEN);
    }

    @Test
    void theGoldenRunIsTheSameOnASecondPlay() {
        assertEquals(play(), play());
    }

    private static String play() {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant(),
                SHANGHAI);
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        int[] numbers = {0};
        BusinessCalendar calendar = BusinessCalendar.of(CalendarFile.mainlandChina());
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(calendar).policies(ChinaCbirc.policies().toArray(new org.complaintkit.api.sla.SlaPolicy[0])).organisation(FixedHistory.DIRECTORY)
                .classifier(RuleClassifier.standard()).repeats(RepeatPolicy.standard())
                .groups(GroupDetector.standard(), "seed.matter").escalation(EscalationPolicy.standard())
                .urging(UrgingPolicy.standard()).notifications(NotificationSetup.standard())
                .idSource(registration -> ComplaintId.of("G-" + (++numbers[0]))).build();
        NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine).sender(ScriptedReceiver.reliable())
                .retry(new RetryPolicy(6, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10)))
                .lease(Duration.ofSeconds(30)).build();
        Random random = new Random(20_261_203L);
        List<String> out = new ArrayList<>();
        List<ComplaintId> ids = new ArrayList<>();
        List<ComplaintCommand> sent = new ArrayList<>();
        Actor[] actors = {Fixtures.TELLER, Fixtures.HANDLER, Fixtures.APPROVER, Fixtures.ACCUSED, FixedHistory.MANAGER};
        String[] texts = {"柜员态度恶劣，拒绝办理大额取现", "手机银行转账一直不到账，系统升级后无法登录。", "取款机吞卡",
            "信用卡年费乱收费", "理财产品销售误导，未揭示风险"};
        Channel[] channels = {Channel.COUNTER, Channel.PHONE, Channel.WEBSITE, Channel.LETTER};
        int keys = 0;
        for (int step = 0; step < 1200; step++) {
            if (step % 60 == 0 && ids.size() < 16) {
                for (int n = 0; n < 2; n++) {
                    RegisterComplaint registration = new RegisterComplaint(Fixtures.TELLER,
                            IdempotencyKey.of("g-" + (++keys)), Fixtures.complainant(), channels[random.nextInt(4)],
                            clock.instant(), Fixtures.OUTLET, n == 1 && random.nextBoolean()
                                    ? List.of(ComplaintSubject.unit(Fixtures.OUTLET),
                                            ComplaintSubject.staff(Fixtures.ACCUSED_ID))
                                    : List.of(ComplaintSubject.product("CASH-WITHDRAWAL")),
                            Sensitive.of(texts[random.nextInt(texts.length)]), Sensitive.of("要求道歉"),
                            random.nextInt(3) == 0 ? new Forwarding(ForwardingSource.REGULATOR, "NFRA-" + keys) : null);
                    CommandResult result = run(out, step, engine, registration);
                    sent.add(registration);
                    if (result != null) {
                        ids.add(result.complaintId());
                    }
                }
            }
            if (step % 25 == 24) {
                clock.advance(Duration.ofHours(1 + random.nextInt(30)));
                out.add(step + " tick " + engine.tick());
                out.add(step + " dispatch " + dispatcher.dispatchDue());
                continue;
            }
            if (step == 200) {
                CalendarDefinition was = calendar.definition();
                Set<LocalDate> holidays = new HashSet<>(was.holidays());
                for (int day = 1; day <= 7; day++) {
                    holidays.add(LocalDate.ofInstant(clock.instant(), SHANGHAI).plusDays(day));
                }
                CalendarDefinition typhoon = new CalendarDefinition(was.id(), was.zone(), was.weekly(), holidays,
                        was.makeUpDays(), was.specialHours(), was.validFrom(), was.validTo());
                out.add(step + " preview " + engine.previewRecalculation(
                        CalendarVersions.of(calendar).retroactive(typhoon)).size());
                out.add(step + " recalculate " + engine.applyRecalculation(
                        engine.sla().withDefaultCalendar(CalendarVersions.of(calendar).retroactive(typhoon)),
                        "typhoon closure").applied().size());
                continue;
            }
            if (ids.isEmpty()) {
                continue;
            }
            clock.advance(Duration.ofMinutes(random.nextInt(240)));
            ComplaintId id = ids.get(random.nextInt(ids.size()));
            int roll = random.nextInt(100);
            if (roll < 3 && !sent.isEmpty()) {
                ComplaintCommand again = sent.get(random.nextInt(sent.size()));
                out.add(step + " again " + again.idempotencyKey().value());
                run(out, step, engine, again);
                continue;
            }
            if (roll < 5) {
                Actor reader = actors[random.nextInt(actors.length)];
                try {
                    out.add(step + " view " + id.value() + " by " + reader.staffId().value() + " -> "
                            + engine.view(id, reader).rights());
                } catch (ComplaintKitException e) {
                    out.add(step + " view " + id.value() + " by " + reader.staffId().value() + " -> " + codes(e));
                }
                continue;
            }
            CommandType type = CommandType.values()[1 + random.nextInt(CommandType.values().length - 1)];
            if (roll >= 20) {
                // Mostly a command the lifecycle allows now, ends of the road (reject, withdraw, merge) seldom.
                var status = engine.hostReads().find(id).orElseThrow().status();
                List<CommandType> allowed = new ArrayList<>();
                for (CommandType candidate : CommandType.values()) {
                    boolean end = candidate == CommandType.REJECT || candidate == CommandType.WITHDRAW
                            || candidate == CommandType.MERGE;
                    if (candidate != CommandType.REGISTER && engine.lifecycle().allows(status, candidate)
                            && (!end || random.nextInt(10) == 0)) {
                        allowed.add(candidate);
                    }
                }
                if (!allowed.isEmpty()) {
                    type = allowed.get(random.nextInt(allowed.size()));
                }
            }
            Actor actor = actors[random.nextInt(actors.length)];
            Money compensation = switch (random.nextInt(4)) {
                case 0 -> Money.of("100", "CNY");
                case 1 -> Money.of("200000", "CNY");
                default -> null;
            };
            StaffId handler = switch (random.nextInt(3)) {
                case 0 -> Fixtures.HANDLER_ID;
                case 1 -> Fixtures.ACCUSED_ID;
                default -> null;
            };
            Commands.Payload payload = new Commands.Payload(compensation,
                    random.nextBoolean() ? Satisfaction.SATISFIED : Satisfaction.DISSATISFIED, handler,
                    ids.get(random.nextInt(ids.size())), random.nextBoolean() ? "complex" : "none",
                    random.nextBoolean() ? ContactMethod.SMS : null);
            String key = roll < 8 ? "g-" + (1 + random.nextInt(keys)) : "g-" + (++keys);
            ComplaintCommand command = Commands.of(type, id, actor, IdempotencyKey.of(key), payload);
            sent.add(command);
            run(out, step, engine, command);
        }
        for (ComplaintId id : ids) {
            out.add("complaint " + id.value() + " " + engine.hostReads().find(id).orElseThrow().status());
            for (SealedEvent sealed : store.loadSealed(id)) {
                out.add(sealed.sequence() + " " + sealed.seal() + " " + EventCodec.encode(sealed.event()));
            }
            for (OutboxEntry entry : store.outbox(id)) {
                out.add("notice " + entry.dedupeKey() + " " + entry.status() + " attempts " + entry.attempts());
            }
        }
        out.add("open " + store.query(ComplaintQuery.all(ComplaintQuery.MAX_LIMIT)).ids().size());
        return out.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static CommandResult run(List<String> out, int step, ComplaintEngine engine, ComplaintCommand command) {
        String what = step + " " + command.type() + " " + command.idempotencyKey().value() + " by "
                + command.actor().staffId().value();
        try {
            CommandResult result = engine.execute(command);
            out.add(what + " -> " + result.complaintId().value() + " " + result.state().status() + " v"
                    + result.state().version() + " events " + result.events().size()
                    + (result.replayed() ? " replayed" : ""));
            return result;
        } catch (ComplaintKitException e) {
            out.add(what + " -> " + e.getClass().getSimpleName() + " " + codes(e));
            return null;
        }
    }

    private static String codes(ComplaintKitException e) {
        return e.violations().stream().map(Violation::code).map(c -> c.code()).collect(Collectors.joining(","));
    }
}
