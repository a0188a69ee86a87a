package org.complaintkit.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import java.util.PriorityQueue;
import java.util.Random;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.CompleteRemediation;
import org.complaintkit.api.command.ConcludeReview;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.LinkRootCause;
import org.complaintkit.api.command.MarkTypicalCase;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.Reinvestigate;
import org.complaintkit.api.command.RejectComplaint;
import org.complaintkit.api.command.RequestReview;
import org.complaintkit.api.command.RespondToCustomer;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.command.SendBackResolution;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.command.WithdrawComplaint;
import org.complaintkit.api.casework.ContactDirection;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.command.AddCaseNote;
import org.complaintkit.api.command.AttachEvidence;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RecordContact;
import org.complaintkit.api.command.PromiseCompletion;
import org.complaintkit.api.command.RecordInterimReply;
import org.complaintkit.api.command.ReportInternally;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.RemediationAction;
import org.complaintkit.api.complaint.ReviewOutcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.ComplaintIdSource;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.store.InMemoryEvidenceStore;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.sla.preset.BankProcedures;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.directory.csv.CsvOrganisationDirectory;
import org.complaintkit.spi.notification.SendOutcome;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.CalendarException;
import java.util.HashSet;

/**
 * The simulation: the go-live day of a core-banking migration (seed 002, second part) at the sample bank's six
 * outlets, and the six weeks after it. Complaints arrive through the day; staff accept, assign, investigate,
 * propose, approve (sometimes sending back), answer and close them in working time, while the engine's sweep
 * raises warnings, breaches and escalations and the dispatcher sends the notices. Everything is drawn from
 * one seeded random source and a simulated clock, so a seed always gives the same history.
 */
final class BankDay {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The first working day after the Mid-Autumn holiday, over which the bank cut over. */
    static final LocalDate GO_LIVE = LocalDate.of(2026, 9, 28);
    static final int WEEKS = 6;
    static final String ROOT_CAUSE = "RC-2026-09-CUTOVER";
    static final Duration TICK = Duration.ofMinutes(15);

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"};

    /** What the demo prints and draws at the end: the engine, and the complaints worth pointing at. */
    record Result(ComplaintEngine engine, ComplaintStore store, SlaSetup sla, CsvOrganisationDirectory bank, BusinessCalendar calendar,
                  List<ComplaintId> complaints, Map<String, ComplaintId> notable, Map<String, Integer> refusals,
                  int commands, int sweeps, int noticesSent, Instant end) {
    }

    /** Who handles a complaint: the unit and department, the handler, the approver and, if needed, a
     *  business-line colleague who concurs with compensation. */
    record Desk(HandlingUnit handlingUnit, Actor handler, Actor approver, Actor concurrer) {
    }

    /** One complaint's plan, drawn when it arrives, and where it has got to. */
    private static final class Case {
        final ComplaintId id;
        final Scenario scenario;
        final Desk desk;
        final Actor receiver;
        final List<Step> steps;
        final double pace;
        int at;
        boolean promised;

        Case(ComplaintId id, Scenario scenario, Desk desk, Actor receiver, List<Step> steps, double pace) {
            this.id = id;
            this.scenario = scenario;
            this.desk = desk;
            this.receiver = receiver;
            this.steps = steps;
            this.pace = pace;
        }
    }

    private enum Step {
        ACCEPT, REJECT, ASSIGN, START, PAUSE, RESUME, EXTEND, PROPOSE, CONCUR, SEND_BACK, APPROVE, RESPOND,
        SATISFIED, DISSATISFIED, REINVESTIGATE, CLOSE, WITHDRAW, REQUEST_REVIEW, CONCLUDE_REVIEW, LINK_ROOT_CAUSE,
        MARK_TYPICAL,
        // The case work beside the main path (issue 22), drawn from its own random source so that the main path of
        // every complaint is what it was without it.
        CONTACT_ATTEMPT, CONTACT, NOTE, EVIDENCE, INTERIM_REPLY, REPORT, PROMISE, PROMISE_CHANGE
    }

    private record Due(Instant at, long order, Runnable action) {
    }

    private final Random random;
    /** Draws the case work (contacts, notes, evidence, interim replies, reports), apart from the main path. */
    private final Random work;
    /** Where the outlets keep interview transcripts: in memory, as the demo keeps everything. */
    private final InMemoryEvidenceStore documents = new InMemoryEvidenceStore();
    private final int arrivals;
    private final SimulatedClock clock;
    private final ComplaintStore store;
    private final CsvOrganisationDirectory bank = CsvOrganisationDirectory.sampleBank();
    private final BusinessCalendar calendar = BusinessCalendar.of(CalendarFile.mainlandChina());
    private final SlaSetup sla;
    private final ComplaintEngine engine;
    private final NotificationDispatcher dispatcher;
    private final List<UnitId> outlets;
    private final PriorityQueue<Due> queue = new PriorityQueue<>(Comparator.comparing(Due::at)
            .thenComparingLong(Due::order));
    private final List<ComplaintId> complaints = new ArrayList<>();
    private final Map<String, ComplaintId> notable = new LinkedHashMap<>();
    private final Map<String, Integer> refusals = new TreeMap<>();
    private long order;
    private long keys;
    private boolean rootCausePlanned;
    private int commands;
    private int notices;
    private int stopAfter;
    /** The last event of each complaint made by a command this run executed or had replayed. */
    private final Map<ComplaintId, Long> seen = new HashMap<>();

    BankDay(ComplaintStore store, long seed, int arrivals) {
        this.store = store;
        this.random = new Random(seed);
        this.work = new Random(seed * 31 + 22);
        this.arrivals = arrivals;
        this.clock = new SimulatedClock(GO_LIVE.atTime(8, 0).atZone(ZONE).toInstant(), ZONE);
        CalendarVersions cn = CalendarVersions.of(CalendarFile.mainlandChina());
        this.sla = SlaSetup.builder().policies(ChinaCbirc.policy(), BankProcedures.policy(), SlaPolicy.of(
                        "bank.first-contact", "the customer contacted at the first moment (seed 002 四(一)2)",
                        BankProcedures.firstContact())).defaultCalendar(cn)
                .calendar("CN-mainland", cn).build();
        this.engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .idSource(ComplaintIdSource.sequential("CK-20260928-")).organisation(bank)
                .classifier(new MigrationTagging(RuleClassifier.standard())).repeats(RepeatPolicy.standard())
                .groups(GroupDetector.standard(), "seed.matter").escalation(EscalationPolicy.standard())
                .notifications(NotificationSetup.standard()).sla(sla).evidence(documents).build();
        this.dispatcher = NotificationDispatcher.builder(engine).sender(notification -> {
            notices++;
            // A receipt that names the notice, not the count of this process's sends: a resumed run gives the
            // receipts an uncrashed run gives.
            return SendOutcome.delivered("demo-gateway-" + notification.dedupeKey());
        }).build();
        this.outlets = bank.units().stream().filter(u -> u.level() == UnitLevel.OUTLET).map(OrgUnit::id).toList();
    }

    /**
     * Runs the day and the weeks after it.
     *
     * @param progress told the share of simulated time done, from 0 to 1, a few hundred times
     * @return what happened
     */
    Result run(DoubleConsumer progress) {
        Instant start = clock.instant();
        Instant end = GO_LIVE.plusWeeks(WEEKS).atTime(18, 0).atZone(ZONE).toInstant();
        List<Instant> arrivalTimes = arrivalTimes();
        for (int i = 0; i < arrivalTimes.size(); i++) {
            int index = i;
            at(arrivalTimes.get(i), () -> arrive(index));
        }
        Instant group = arrivalTimes.get(arrivals / 5);
        for (int i = 0; i < 22; i++) {
            int member = i;
            at(group.plus(Duration.ofMinutes(i)), () -> groupMember(member));
        }
        int sweeps = 0;
        Instant nextTick = start;
        long total = Duration.between(start, end).toMinutes();
        long reported = -1;
        while (nextTick.isBefore(end)) {
            if (!queue.isEmpty() && queue.peek().at().isBefore(nextTick)) {
                Due due = queue.poll();
                clock.moveTo(due.at());
                due.action().run();
            } else {
                clock.moveTo(nextTick);
                engine.tick();
                while (dispatcher.dispatchDue().leased() > 0) {
                    // deliver everything due now
                }
                sweeps++;
                nextTick = nextTick.plus(TICK);
                long done = Duration.between(start, clock.instant()).toMinutes() * 200 / total;
                if (done != reported) {
                    reported = done;
                    progress.accept(Math.min(1.0, done / 200.0));
                }
            }
        }
        progress.accept(1.0);
        return new Result(engine, store, sla, bank, calendar, List.copyOf(complaints), notable, refusals, commands, sweeps,
                delivered(), clock.instant());
    }

    /**
     * The notices delivered, as the store records them: the same whether the run went through at once or was
     * resumed after a crash (a process's own count would miss what the crashed one sent).
     */
    private int delivered() {
        int count = 0;
        for (ComplaintId id : complaints) {
            for (OutboxEntry entry : engine.hostReads().outbox(id)) {
                if (entry.status() == OutboxStatus.DELIVERED) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The go-live day's arrivals, from 08:30 to 19:30, most of them in the morning rush. */
    private List<Instant> arrivalTimes() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < arrivals; i++) {
            double u = Math.min(random.nextDouble(), random.nextDouble()); // skewed to the morning
            long minutes = 30 + Math.round(u * 660);
            times.add(GO_LIVE.atTime(8, 0).plusMinutes(minutes).atZone(ZONE).toInstant());
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    private void arrive(int index) {
        Scenario scenario = Scenario.pick(random.nextInt(Scenario.totalWeight()));
        UnitId outlet = outlets.get(random.nextInt(outlets.size()));
        int channelRoll = random.nextInt(100);
        Channel channel = channelRoll < 55 ? Channel.COUNTER : channelRoll < 75 ? Channel.HOTLINE
                : channelRoll < 85 ? Channel.PHONE : channelRoll < 95 ? Channel.ONLINE_BANKING : Channel.LETTER;
        boolean vip = random.nextInt(100) < 12;
        String text = scenario.texts.get(random.nextInt(scenario.texts.size()));
        if (index == arrivals / 3) {
            text = "网点停业两天都没有通知，我要发到网上，找电视台曝光你们银行！";
            scenario = Scenario.LONG_WAIT;
        }
        if (index == arrivals / 4) {
            text = "昨天的转账还没到账，系统切换后一直显示处理中。"; // a matter the repeat rule can compare
            scenario = Scenario.TRANSFER_ANOMALY;
        }
        Complainant customer = customer(vip, "CIF" + (60_000_000 + index));
        ComplaintId id = lodge(scenario, outlet, channel, customer, text, index);
        if (id == null) {
            return;
        }
        if (index == arrivals / 3) {
            notable.put("media threat", id);
        }
        if (index == arrivals / 4) {
            // the same customer calls the hotline five hours later about the same matter: a repeat
            notable.put("repeat (first)", id);
            Scenario same = scenario;
            String again = text; // the same words: the same matter
            at(clock.instant().plus(Duration.ofHours(5)), () -> {
                ComplaintId second = lodge(same, outlet, Channel.HOTLINE, customer, again, -1);
                notable.put("repeat (second)", second);
            });
        }
    }

    private ComplaintId lodge(Scenario scenario, UnitId outlet, Channel channel, Complainant customer, String text,
                              int index) {
        boolean hotline = channel == Channel.HOTLINE;
        UnitId receivingUnit = hotline ? UnitId.of("HO") : outlet;
        Actor receiver = actor(hotline ? StaffId.of("S-0004") : pick(receiversAt(outlet)));
        List<ComplaintSubject> subjects = new ArrayList<>();
        subjects.add(ComplaintSubject.unit(outlet));
        if (scenario == Scenario.ATTITUDE) {
            activeIn(outlet).stream().filter(s -> !s.id().equals(receiver.staffId())).findFirst()
                    .ifPresent(s -> subjects.add(ComplaintSubject.staff(s.id())));
        }
        ComplaintId id;
        try {
            id = execute(new RegisterComplaint(receiver, key(), customer, channel, clock.instant(),
                    receivingUnit, subjects, Sensitive.of(text), Sensitive.of("尽快处理并给出说明"), null)).complaintId();
            counted();
        } catch (ComplaintKitException e) {
            refused(e);
            return null;
        }
        complaints.add(id);
        Desk desk = desk(outlet, scenario.level, scenario == Scenario.ATTITUDE ? subjects : List.of());
        // The first of the repeated complaints is a slow one, so it is still open when the customer calls again.
        Case c = new Case(id, scenario, desk, receiver, plan(scenario, customer.segment() == CustomerSegment.VIP),
                index == arrivals / 4 ? 6 : pace());
        if (scenario == Scenario.URGENT_CASH && customer.segment() == CustomerSegment.VIP) {
            emergencyPayment(c, receiver);
        }
        if (index == arrivals / 2) {
            notable.put("explained", id);
            c.steps.clear();
            c.steps.addAll(List.of(Step.ACCEPT, Step.ASSIGN, Step.START, Step.PAUSE, Step.RESUME, Step.EXTEND,
                    Step.PROPOSE, Step.APPROVE, Step.RESPOND, Step.SATISFIED, Step.CLOSE, Step.MARK_TYPICAL));
        }
        schedule(c, Duration.ofMinutes(5 + random.nextInt(40)));
        callBack(c);
        return id;
    }

    /** One of twenty-two customers at one outlet within minutes with the same problem: a major group complaint
     *  (CBIRC Art. 29). */
    private void groupMember(int member) {
        ComplaintId id = lodge(Scenario.URGENT_CASH, outlets.get(1), Channel.COUNTER, customer(false,
                "CIF7" + (1000 + member)), "网点停业切换系统，代发工资无法取现，急需用款，要求马上处理。", -1);
        if (member == 0) {
            notable.put("group complaint", id);
        }
    }

    /** A VIP customer in urgent need gets emergency cash at the counter: within the receiver's limit, and once
     *  over it, which the authority check refuses (seed 002 第二篇 四(三)4). */
    private void emergencyPayment(Case c, Actor receiver) {
        boolean over = !notable.containsKey("emergency payment over the limit") && notable.containsKey(
                "emergency payment within limits");
        Money amount = over ? Money.of("15000", "CNY") : Money.of("8000", "CNY");
        try {
            execute(new RecordEmergencyPayment(c.id, receiver, key(), amount, Sensitive.of("应急取现")));
            counted();
            notable.putIfAbsent("emergency payment within limits", c.id);
        } catch (ComplaintKitException e) {
            refused(e);
            notable.put("emergency payment over the limit", c.id);
        }
    }

    private List<Step> plan(Scenario scenario, boolean vip) {
        List<Step> steps = new ArrayList<>();
        int roll = random.nextInt(1000);
        if (roll < 20) {
            steps.add(Step.REJECT);
            return steps;
        }
        steps.add(Step.ACCEPT);
        if (roll < 60) {
            steps.add(Step.WITHDRAW);
            return steps;
        }
        steps.add(Step.ASSIGN);
        steps.add(Step.START);
        if (scenario.migrationCaused() && random.nextInt(4) == 0) {
            steps.add(Step.LINK_ROOT_CAUSE);
        }
        steps.add(Step.PROPOSE);
        if (scenario == Scenario.COMPENSATION) {
            steps.add(Step.CONCUR);
        }
        if (random.nextInt(100) < 8) {
            steps.add(Step.SEND_BACK);
            steps.add(Step.PROPOSE);
            if (scenario == Scenario.COMPENSATION) {
                steps.add(Step.CONCUR);
            }
        }
        steps.add(Step.APPROVE);
        steps.add(Step.RESPOND);
        if (random.nextInt(100) < 7) {
            steps.addAll(List.of(Step.DISSATISFIED, Step.REINVESTIGATE, Step.PROPOSE));
            if (scenario == Scenario.COMPENSATION) {
                steps.add(Step.CONCUR);
            }
            steps.addAll(List.of(Step.APPROVE, Step.RESPOND));
        }
        steps.add(Step.SATISFIED);
        steps.add(Step.CLOSE);
        if (random.nextInt(100) < 2) {
            steps.add(Step.REQUEST_REVIEW);
            steps.add(Step.CONCLUDE_REVIEW);
        }
        return steps;
    }

    /** How fast a complaint moves: most in hours, some in days, a few left to lie (they breach). */
    private double pace() {
        int roll = random.nextInt(100);
        return roll < 75 ? 0.4 + random.nextDouble() : roll < 95 ? 3 + 6 * random.nextDouble() : 40 + 40 * random.nextDouble();
    }

    private void schedule(Case c, Duration workingDelay) {
        Instant when;
        try {
            when = calendar.plusWorkingTime(clock.instant(), workingDelay);
        } catch (CalendarException beyondTheCalendar) {
            return; // so slow a case would move again only after the calendar's last year: it lies open
        }
        at(when, () -> advance(c));
    }

    private void at(Instant when, Runnable action) {
        queue.add(new Due(when, order++, action));
    }

    private void advance(Case c) {
        if (c.at >= c.steps.size()) {
            return;
        }
        Step step = c.steps.get(c.at);
        HandlingCommand command = command(c, step);
        try {
            execute(command);
            counted();
        } catch (ComplaintKitException e) {
            refused(e);
            return; // the case stops here, as a real one would wait for someone to sort it out
        }
        c.at++;
        caseWork(c, step);
        if (command instanceof LinkRootCause link && !link.actions().isEmpty()) {
            planCompletions(c, link);
        }
        if (c.at < c.steps.size()) {
            schedule(c, delay(c, c.steps.get(c.at)));
        }
    }

    /**
     * The outlet calls the customer back "at the first moment" (seed 002 四(一)2): most are reached within the hour,
     * some at a second try, one in ten not before the handler takes over.
     */
    private void callBack(Case c) {
        int call = work.nextInt(100);
        if (call < 20) {
            beside(c, Step.CONTACT_ATTEMPT, Duration.ofMinutes(5 + work.nextInt(25)));
        }
        if (call < 90) {
            beside(c, Step.CONTACT, Duration.ofMinutes(call < 20 ? 35 + work.nextInt(60) : 5 + work.nextInt(70)));
        }
    }

    /**
     * The handler's work log once investigation starts (seed 000 五.2, 002 第二篇 六.5), a transcript for some (seed
     * 004 4.2), an interim reply to about half the customers (seed 002 第二篇 五); the result reported to the unit's
     * complaint team for two thirds once it is approved; a completion time promised to three in ten customers (seed
     * 002 第二篇 四(三)), changed with its reason when the case waits for head office.
     */
    private void caseWork(Case c, Step done) {
        if (done == Step.START) {
            if (work.nextInt(100) < 60) {
                beside(c, Step.NOTE, Duration.ofMinutes(Math.round((10 + work.nextInt(60)) * c.pace)));
            }
            if (work.nextInt(100) < 15) {
                beside(c, Step.EVIDENCE, Duration.ofMinutes(Math.round((20 + work.nextInt(90)) * c.pace)));
            }
            if (work.nextInt(100) < 55) {
                beside(c, Step.INTERIM_REPLY, Duration.ofMinutes(Math.round((10 + work.nextInt(150)) * c.pace)));
            }
            if (work.nextInt(100) < 30) {
                c.promised = true;
                beside(c, Step.PROMISE, Duration.ofMinutes(Math.round((15 + work.nextInt(90)) * c.pace)));
            }
        } else if (done == Step.PAUSE && c.promised) {
            // The appraisal at head office takes longer than the date the customer was given: the promise changes,
            // with its reason, and the customer is told (seed 002 第二篇 四(三)).
            beside(c, Step.PROMISE_CHANGE, Duration.ofMinutes(Math.round((130 + work.nextInt(60)) * c.pace)));
        } else if (done == Step.APPROVE && work.nextInt(100) < 65) {
            beside(c, Step.REPORT, Duration.ofMinutes(Math.round((10 + work.nextInt(60)) * c.pace)));
        }
    }

    /** A step beside the main path, recorded after an elapsed delay if the complaint's status still allows it. */
    private void beside(Case c, Step step, Duration after) {
        at(clock.instant().plus(after), () -> {
            ComplaintStatus status = statusNow(c.id);
            if (!engine.lifecycle().allows(status, typeOf(step))) {
                return; // the complaint moved on (answered, withdrawn): nothing to record
            }
            try {
                execute(command(c, step));
                counted();
            } catch (ComplaintKitException e) {
                refused(e);
            }
        });
    }

    /**
     * The complaint's status as of the simulated instant: what its events up to now fold to. In a run that goes
     * through at once that is its status; in a run resumed on a store a crashed run left, the history may reach
     * past now, and a step beside the main path must be decided as the first run decided it.
     */
    private ComplaintStatus statusNow(ComplaintId id) {
        ComplaintState state = null;
        long seen = this.seen.getOrDefault(id, 0L);
        for (ComplaintEvent event : engine.hostReads().history(id)) {
            // An event of this very instant counts only if this run has seen the command that made it (another
            // command of the same minute may come later in the run); sweeps and deliveries change no status.
            boolean earlier = event.occurredAt().isBefore(clock.instant())
                    || event.occurredAt().equals(clock.instant()) && event.sequence() <= seen;
            if (!earlier) {
                break;
            }
            state = ComplaintAggregate.apply(state, event);
        }
        return state.status();
    }

    /** Executes a command and notes the last event it made (or, replayed, had made) on its complaint. */
    private CommandResult execute(ComplaintCommand command) {
        CommandResult result = engine.execute(command);
        if (!result.events().isEmpty()) {
            seen.merge(result.complaintId(), result.events().get(result.events().size() - 1).sequence(), Math::max);
        }
        return result;
    }

    private static CommandType typeOf(Step step) {
        return switch (step) {
            case CONTACT_ATTEMPT, CONTACT -> CommandType.RECORD_CONTACT;
            case NOTE -> CommandType.ADD_CASE_NOTE;
            case EVIDENCE -> CommandType.ATTACH_EVIDENCE;
            case INTERIM_REPLY -> CommandType.RECORD_INTERIM_REPLY;
            case REPORT -> CommandType.REPORT_INTERNALLY;
            case PROMISE, PROMISE_CHANGE -> CommandType.PROMISE_COMPLETION;
            default -> throw new IllegalArgumentException(step + " is on the main path");
        };
    }

    private Duration delay(Case c, Step next) {
        long minutes = switch (next) {
            case ASSIGN, START, CONCUR -> 5 + random.nextInt(30);
            case PROPOSE -> 20 + random.nextInt(120);
            case APPROVE, SEND_BACK -> 10 + random.nextInt(50);
            case RESPOND -> 5 + random.nextInt(30);
            case SATISFIED, DISSATISFIED -> 240 + random.nextInt(960);
            case REINVESTIGATE -> 30 + random.nextInt(120);
            case CLOSE, LINK_ROOT_CAUSE, MARK_TYPICAL -> 30 + random.nextInt(240);
            case RESUME -> 3 * 480;
            case REQUEST_REVIEW -> 5 * 480 + random.nextInt(5 * 480);
            case CONCLUDE_REVIEW -> 3 * 480 + random.nextInt(4 * 480);
            default -> 5 + random.nextInt(60);
        };
        boolean paced = next != Step.SATISFIED && next != Step.DISSATISFIED && next != Step.REQUEST_REVIEW
                && next != Step.RESUME;
        return Duration.ofMinutes(Math.max(1, Math.round(minutes * (paced ? c.pace : 1))));
    }

    private HandlingCommand command(Case c, Step step) {
        Desk d = c.desk;
        boolean compensation = c.scenario == Scenario.COMPENSATION;
        return switch (step) {
            case ACCEPT -> new AcceptComplaint(c.id, c.receiver, key());
            case REJECT -> new RejectComplaint(c.id, c.receiver, key(), Sensitive.of("不属于本行业务范围"));
            case ASSIGN -> new AssignComplaint(c.id, c.receiver, key(), d.handlingUnit(), List.of(),
                    d.handler().staffId());
            case START -> new StartInvestigation(c.id, d.handler(), key());
            case PAUSE -> new PauseHandling(c.id, d.handler(), key(), PauseReason.EXTERNAL_APPRAISAL,
                    Sensitive.of("交易流水送总行科技部核查"));
            case RESUME -> new ResumeHandling(c.id, d.handler(), key());
            case EXTEND -> new ExtendDeadline(c.id, d.handler(), key(), ChinaCbirc.DECISION, "complex",
                    Sensitive.of("涉及系统切换，情况复杂"), null);
            case PROPOSE -> new ProposeResolution(c.id, d.handler(), key(), Sensitive.of("已核实并处理：" + c.scenario),
                    compensation ? Outcome.PARTLY_UPHELD : outcome(), compensation
                            ? Money.of(String.valueOf(200 + 100 * random.nextInt(20)), "CNY") : null);
            case CONCUR -> new ConcurResolution(c.id, d.concurrer(), key(), Sensitive.of("同意"));
            case SEND_BACK -> new SendBackResolution(c.id, d.approver(), key(), Sensitive.of("处理依据不充分，请补充"));
            case APPROVE -> new ApproveResolution(c.id, d.approver(), key(), null);
            case RESPOND -> new RespondToCustomer(c.id, d.handler(), key(), Sensitive.of("经核实，已为您处理完毕"),
                    Sensitive.of("《中国银保监会银行保险机构消费者权益保护实施办法》及本行业务规定"), null, ContactMethod.SMS);
            case SATISFIED -> new RecordSatisfaction(c.id, d.handler(), key(), Satisfaction.SATISFIED, null);
            case DISSATISFIED -> new RecordSatisfaction(c.id, d.handler(), key(), Satisfaction.DISSATISFIED,
                    Sensitive.of("对处理结果不满意"));
            case REINVESTIGATE -> new Reinvestigate(c.id, d.handler(), key(), Sensitive.of("客户不满意，重新调查"));
            case CLOSE -> new CloseComplaint(c.id, d.handler(), key(), c.scenario.migrationCaused() ? Liability.LIABLE
                    : Liability.SHARED, Sensitive.of(c.scenario.migrationCaused() ? "系统切换" : "服务管理"));
            case WITHDRAW -> new WithdrawComplaint(c.id, c.receiver, key(), Sensitive.of("客户表示问题已自行解决"));
            case REQUEST_REVIEW -> new RequestReview(c.id, d.handler(), key(), Sensitive.of("客户对答复不认可，申请核查"));
            case CONCLUDE_REVIEW -> new ConcludeReview(c.id, d.approver(), key(), ReviewOutcome.DECISION_UPHELD,
                    Sensitive.of("维持原处理意见"));
            case LINK_ROOT_CAUSE -> new LinkRootCause(c.id, d.approver(), key(), ROOT_CAUSE,
                    Sensitive.of("核心系统割接：停业公告不足，新系统操作培训不足"), rootCauseActions());
            case MARK_TYPICAL -> new MarkTypicalCase(c.id, d.approver(), key(),
                    Sensitive.of("割接期间交易异常：暂停计时送科技部核查，延长时限并告知客户，查明后退回款项"));
            case CONTACT_ATTEMPT -> RecordContact.of(c.id, c.receiver, key(), ContactMethod.PHONE,
                    ContactDirection.OUTBOUND, ContactOutcome.NO_ANSWER, Sensitive.of("回电无人接听"));
            case CONTACT -> RecordContact.of(c.id, c.receiver, key(), ContactMethod.PHONE, ContactDirection.OUTBOUND,
                    ContactOutcome.REACHED, Sensitive.of("已回电客户，说明正在核查"));
            case NOTE -> AddCaseNote.of(c.id, d.handler(), key(), c.scenario.migrationCaused()
                    ? NoteKind.DOCUMENT_CHECK : NoteKind.INTERVIEW, Sensitive.of(c.scenario.migrationCaused()
                    ? "调阅割接前后交易流水" : "询问当班柜员和大堂经理"));
            case EVIDENCE -> AttachEvidence.of(c.id, d.handler(), key(), Sensitive.of("询问笔录.txt"), "text/plain",
                    documents.put(c.id, ("询问笔录 " + c.id.value() + "：客户陈述与柜员陈述。")
                            .getBytes(StandardCharsets.UTF_8)), Sensitive.of("重要问题的笔录"));
            case INTERIM_REPLY -> RecordInterimReply.of(c.id, d.handler(), key(), ContactMethod.PHONE,
                    Sensitive.of("已受理，正在核查，预计明日答复"));
            case REPORT -> ReportInternally.of(c.id, d.handler(), key(), d.handlingUnit().unit(),
                    Sensitive.of("处理结果：" + c.scenario));
            case PROMISE -> PromiseCompletion.of(c.id, d.handler(), key(), promiseDay(2),
                    Sensitive.of("我行承诺在两个工作日内办结您的投诉"));
            case PROMISE_CHANGE -> PromiseCompletion.of(c.id, d.handler(), key(), promiseDay(7),
                    Sensitive.of("我行承诺在七日内办结您的投诉")).withReason(Sensitive.of("交易流水需送总行科技部核查"));
        };
    }

    /** A completion time promised to the customer: 17:00 local time, some days from now. */
    private Instant promiseDay(int days) {
        return LocalDate.ofInstant(clock.instant(), ZONE).plusDays(days).atTime(17, 0).atZone(ZONE).toInstant();
    }

    /** The remediation owners report back: the reconciliation on time, the training late, the notice never. */
    private void planCompletions(Case c, LinkRootCause link) {
        Map<String, LocalDate> done = Map.of("balance-reconciliation", GO_LIVE.plusDays(5),
                "teller-training", GO_LIVE.plusDays(20));
        for (RemediationAction action : link.actions()) {
            LocalDate day = done.get(action.id());
            if (day != null) {
                at(day.atTime(16, 0).atZone(ZONE).toInstant(), () -> {
                    try {
                        execute(new CompleteRemediation(c.id, c.desk.approver(), key(), link.rootCauseId(),
                                action.id(), Sensitive.of("已完成：" + action.id())));
                        counted();
                    } catch (ComplaintKitException e) {
                        refused(e);
                    }
                });
            }
        }
    }

    private List<RemediationAction> rootCauseActions() {
        if (rootCausePlanned) {
            return List.of();
        }
        rootCausePlanned = true;
        return List.of(
                new RemediationAction("notice-a-week-ahead", Sensitive.of("系统切换前一周短信和网点公告通知客户"),
                        StaffId.of("S-0003"), GO_LIVE.plusDays(30)),
                new RemediationAction("teller-training", Sensitive.of("新系统柜面操作再培训"), StaffId.of("S-1003"),
                        GO_LIVE.plusDays(14)),
                new RemediationAction("balance-reconciliation", Sensitive.of("割接前后账户余额逐户核对"),
                        StaffId.of("S-0008"), GO_LIVE.plusDays(7)));
    }

    private Outcome outcome() {
        int roll = random.nextInt(10);
        return roll < 5 ? Outcome.UPHELD : roll < 8 ? Outcome.PARTLY_UPHELD : Outcome.REJECTED;
    }

    /** Who handles a complaint of a level at an outlet, never the staff member it is about. */
    private Desk desk(UnitId outlet, Scenario.Level level, List<ComplaintSubject> subjects) {
        Set<StaffId> recused = new HashSet<>();
        subjects.forEach(s -> s.staffMember().ifPresent(recused::add));
        UnitId unit = switch (level) {
            case OUTLET -> outlet;
            case SUB_BRANCH -> bank.unit(outlet).orElseThrow().parent();
            case BRANCH -> bank.unit(bank.unit(outlet).orElseThrow().parent()).orElseThrow().parent();
        };
        StaffMember handler = null;
        for (UnitId at = unit; at != null && handler == null; at = bank.unit(at).map(OrgUnit::parent).orElse(null)) {
            handler = activeIn(at).stream().filter(s -> s.holds(Role.HANDLER) && !recused.contains(s.id()))
                    .min(Comparator.comparing((StaffMember s) -> s.holds(Role.APPROVER)).thenComparing(StaffMember::id))
                    .orElse(null);
        }
        StaffMember chosen = handler;
        StaffMember approver = null;
        for (UnitId at = unit; at != null && approver == null; at = bank.unit(at).map(OrgUnit::parent).orElse(null)) {
            approver = activeIn(at).stream().filter(s -> s.holds(Role.APPROVER) && !s.id().equals(chosen.id())
                    && !recused.contains(s.id())).min(Comparator.comparing(StaffMember::id)).orElse(null);
        }
        StaffMember concurrer = null;
        for (UnitId at = unit; at != null && concurrer == null; at = bank.unit(at).map(OrgUnit::parent).orElse(null)) {
            UnitId here = at;
            concurrer = activeIn(at).stream().filter(s -> s.department() != null && bank.departments(here).stream()
                    .anyMatch(dep -> dep.id().equals(s.department()) && dep.kind() == DepartmentKind.BUSINESS_LINE))
                    .min(Comparator.comparing(StaffMember::id)).orElse(null);
        }
        return new Desk(HandlingUnit.of(chosen.unit(), chosen.department()), actor(chosen.id()),
                actor(approver.id()), concurrer == null ? null : actor(concurrer.id()));
    }

    private List<StaffMember> activeIn(UnitId unit) {
        return bank.staffIn(unit).stream().filter(StaffMember::active).sorted(Comparator.comparing(StaffMember::id))
                .toList();
    }

    private List<StaffId> receiversAt(UnitId outlet) {
        return activeIn(outlet).stream().filter(s -> s.holds(Role.RECEIVER)).map(StaffMember::id).toList();
    }

    private Actor actor(StaffId id) {
        StaffMember member = bank.staff(id).orElseThrow();
        return Actor.staff(id, member.unit(), member.roles().stream().sorted(Comparator.comparing(Role::code))
                .toArray(Role[]::new));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private Complainant customer(boolean vip, String number) {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
        return new Complainant(CustomerRef.of(number), Sensitive.of(name), vip ? CustomerSegment.VIP
                : CustomerSegment.ORDINARY, Set.of(), ContactPoint.of(ContactMethod.SMS, phone));
    }

    /**
     * Counts a command the engine took (or gave back the first result of, for a key it had seen); stops the run
     * abruptly after the command {@link #stopAfter} names, as a process killed right after that command's commit.
     */
    private void counted() {
        commands++;
        if (commands == stopAfter) {
            throw new Stopped(commands);
        }
    }

    /**
     * Counts a refusal by its code. A key the store knows for another command means the store holds another run
     * (another seed or size), which a resumed run must not carry on: that ends the run.
     */
    private void refused(ComplaintKitException e) {
        if (e.has(ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED) || e.has(ErrorCode.IDEMPOTENCY_KEY_REUSED)) {
            throw e;
        }
        refusals.merge(e.code().code() + " " + e.code().name(), 1, Integer::sum);
    }

    /**
     * Stops the run right after its n-th command, as a crash would (for tests of a resumed run).
     *
     * @param n the command after which to stop, from 1; 0 never stops
     * @return this simulation
     */
    BankDay stopAfter(int n) {
        this.stopAfter = n;
        return this;
    }

    /** The end of a run stopped on purpose after a given command ({@link #stopAfter}). */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(int commands) {
            super("stopped after command " + commands);
        }
    }

    private IdempotencyKey key() {
        return IdempotencyKey.of("demo-" + (++keys));
    }
}
