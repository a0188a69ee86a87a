package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.BankPriority;
import org.complaintkit.core.sla.preset.BankProcedures;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 §4.2.3 "对于特殊客户（如残障人士、孕妇等），接待工作人员应优先安排服务": a policy chosen by flags, reasons for priority
 * care and priority, and the bank's shorter priority clocks running beside the ordinary ones.
 */
class PriorityPolicyTest {
    /** Monday 3 March 2025, 11:00 in Beijing. */
    private final MutableClock clock = MutableClock.at("2025-03-03T03:00:00Z");

    private ComplaintEngine.Builder engine() {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina()));
    }

    private static RegisterComplaint registration(Complainant who, String content, Instant at) {
        RegisterComplaint plain = Fixtures.registration(at);
        return new RegisterComplaint(plain.actor(), Fixtures.key(), who, plain.channel(), at, plain.receivingUnit(),
                plain.subjects(), Sensitive.of(content), plain.request(), null);
    }

    private static Complainant customer(String number, CustomerSegment segment, Vulnerability... reasons) {
        return new Complainant(CustomerRef.of(number), Sensitive.of("客户"), segment, Set.of(reasons),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
    }

    private ComplaintId accepted(ComplaintEngine engine, Complainant who, String content) {
        ComplaintId id = engine.execute(registration(who, content, clock.instant())).complaintId();
        engine.execute(new AcceptComplaint(id, Fixtures.HANDLER, Fixtures.key()));
        return id;
    }

    private static Set<String> clockIds(ComplaintEngine engine, ComplaintId id) {
        return engine.hostReads().clocks(id).stream().map(s -> s.definition().id())
                .collect(Collectors.toSet());
    }

    @Test
    void aPregnantCustomersComplaintRunsThePriorityReplyBesideTheOrdinaryOne() {
        ComplaintEngine engine = engine().policies(BankProcedures.policy(), BankPriority.policy()).build();
        Instant acceptedAt = clock.instant();
        ComplaintId id = accepted(engine, customer("CIF1", CustomerSegment.ORDINARY, Vulnerability.PREGNANT),
                "柜台排队太久");

        ClockState priority = engine.hostReads().clock(id, BankPriority.REPLY);
        ClockState ordinary = engine.hostReads().clock(id, BankProcedures.REPLY);
        assertEquals(acceptedAt.plus(Duration.ofHours(2)), priority.dueAt().orElseThrow());
        assertEquals(acceptedAt.plus(Duration.ofHours(4)), ordinary.dueAt().orElseThrow(),
                "the ordinary limit still runs: the priority clock adds an earlier target, it replaces nothing");
        assertEquals(acceptedAt.plus(Duration.ofMinutes(30)),
                engine.hostReads().clock(id, BankPriority.ON_SITE).dueAt().orElseThrow());
        assertTrue(engine.hostReads().clockHistory(id, BankPriority.REPLY).stream()
                .anyMatch(c -> c.change() == ClockChange.STARTED), "its start is recorded like any clock's");
    }

    @Test
    void anOrdinaryCustomersComplaintRunsNoPriorityClock() {
        ComplaintEngine engine = engine().policies(BankProcedures.policy(), BankPriority.policy()).build();
        ComplaintId id = accepted(engine, customer("CIF2", CustomerSegment.ORDINARY), "柜台排队太久");

        Set<String> clocks = clockIds(engine, id);
        assertTrue(clocks.contains(BankProcedures.REPLY));
        assertFalse(clocks.stream().anyMatch(c -> c.startsWith("bank.priority.")), clocks.toString());
    }

    @Test
    void aVulnerabilityTheClassifierReadsInTheTextSelectsThePolicyToo() {
        ComplaintEngine engine = engine().classifier(RuleClassifier.standard())
                .policies(BankProcedures.policy(), BankPriority.policy()).build();
        ComplaintId id = accepted(engine, customer("CIF3", CustomerSegment.ORDINARY), "我是孕妇，柜台让我排了两个小时的队");

        assertTrue(engine.hostReads().classification(id).orElseThrow().flagSet().contains(ComplaintFlag.VULNERABLE));
        assertTrue(clockIds(engine, id).contains(BankPriority.REPLY), "no reason was given at registration");
    }

    @Test
    void aVulnerabilityTheClassifierReadsInTheTextGivesTheSamePriorityAsOneDeclaredAtRegistration() {
        ComplaintEngine engine = engine().classifier(RuleClassifier.standard())
                .policies(BankProcedures.policy(), BankPriority.policy()).build();
        ComplaintId declared = accepted(engine, customer("CIF11", CustomerSegment.ORDINARY, Vulnerability.DISABLED),
                "网点门口只有台阶");
        ComplaintId detected = accepted(engine, customer("CIF12", CustomerSegment.ORDINARY), "我坐轮椅，网点门口只有台阶");
        ComplaintId ordinary = accepted(engine, customer("CIF13", CustomerSegment.ORDINARY), "网点门口只有台阶");

        var byText = engine.hostReads().classification(detected).orElseThrow();
        assertTrue(byText.flagSet().contains(ComplaintFlag.VULNERABLE));
        assertEquals(Priority.HIGH, byText.priority());
        assertEquals(List.of("priority.vulnerable-text"), byText.priorityBecause().stream().map(m -> m.ruleId()).toList());
        assertEquals(Priority.HIGH, engine.hostReads().classification(declared).orElseThrow().priority());
        assertEquals(Priority.NORMAL, engine.hostReads().classification(ordinary).orElseThrow().priority());
        assertEquals(Set.of(declared, detected), Set.copyOf(engine.hostReads().query(ComplaintQuery.all(50)
                .withPriorities(Set.of(Priority.HIGH, Priority.URGENT))).ids()),
                "the docs' queue of priority customers finds both");
    }

    @Test
    void theRuleThatRaisesAVulnerabilityReadInTheTextListsTheSamePhrasesAsTheRuleThatFlagsIt() {
        var rules = RuleClassifier.standard().rules();
        List<String> flagged = rules.stream().filter(r -> r.id().equals("flag.vulnerable-text")).findFirst()
                .orElseThrow().phrases();
        List<String> raised = rules.stream().filter(r -> r.id().equals("priority.vulnerable-text")).findFirst()
                .orElseThrow().phrases();
        assertEquals(flagged, raised);
    }

    @Test
    void aConditionOnReasonsForCareSelectsOnlyThoseReasons() {
        SlaPolicy disabledOnly = BankPriority.policy()
                .when(PolicyCondition.always().withVulnerabilities(Vulnerability.DISABLED));
        ComplaintEngine engine = engine().classifier(RuleClassifier.standard())
                .policies(BankProcedures.policy(), disabledOnly).build();
        ComplaintId disabled = accepted(engine, customer("CIF4", CustomerSegment.ORDINARY, Vulnerability.DISABLED),
                "柜台没有无障碍通道");
        ComplaintId elderly = accepted(engine, customer("CIF5", CustomerSegment.ORDINARY, Vulnerability.ELDERLY),
                "柜台排队太久");
        ComplaintId byText = accepted(engine, customer("CIF6", CustomerSegment.ORDINARY), "我坐轮椅，进不了网点");

        assertTrue(clockIds(engine, disabled).contains(BankPriority.REPLY));
        assertFalse(clockIds(engine, elderly).contains(BankPriority.REPLY), "another reason for care");
        assertFalse(clockIds(engine, byText).contains(BankPriority.REPLY),
                "a vulnerability read from the text alone is a flag, not a reason given at registration");
    }

    @Test
    void aConditionOnPrioritySelectsByTheClassifiersPriority() {
        SlaPolicy urgentOnly = BankPriority.policy().when(PolicyCondition.always().withPriorities(Priority.URGENT));
        ComplaintEngine classified = engine().classifier(RuleClassifier.standard())
                .policies(BankProcedures.policy(), urgentOnly).build();
        ComplaintId urgent = accepted(classified, customer("CIF7", CustomerSegment.ORDINARY), "急需用钱看病，卡被冻结了");
        ComplaintId vip = accepted(classified, customer("CIF8", CustomerSegment.VIP), "柜台排队太久");

        assertEquals(Priority.URGENT, classified.hostReads().classification(urgent).orElseThrow().priority());
        assertTrue(clockIds(classified, urgent).contains(BankPriority.REPLY));
        assertEquals(Priority.HIGH, classified.hostReads().classification(vip).orElseThrow().priority());
        assertFalse(clockIds(classified, vip).contains(BankPriority.REPLY), "HIGH is not URGENT");
    }

    @Test
    void anOverrideOfAClassKeepsTheFlagsAndThePolicyTheyChose() {
        ComplaintEngine engine = engine().classifier(RuleClassifier.standard())
                .policies(BankProcedures.policy(), BankPriority.policy()).build();
        ComplaintId id = accepted(engine, customer("CIF10", CustomerSegment.ORDINARY, Vulnerability.ELDERLY),
                "柜台排队太久");
        engine.execute(OverrideClass.builder(id, Fixtures.HANDLER, Fixtures.key()).scheme("seed.incident")
                .code("incident.loss-report").reason(Sensitive.of("重新归类")).build());
        assertTrue(engine.hostReads().classification(id).orElseThrow().qualifiedCodes()
                .contains("seed.incident:incident.loss-report"));
        assertTrue(clockIds(engine, id).contains(BankPriority.REPLY));
        assertFalse(engine.hostReads().history(id).stream().anyMatch(e -> e instanceof ClockChanged c
                && c.clockId().startsWith("bank.priority.") && c.change() == ClockChange.CANCELLED));
    }

    @Test
    void aPolicyChosenByPriorityOrByAClassifiersFlagIsRefusedAtBuildOnAnEngineWithoutAClassifier() {
        SlaPolicy urgent = new SlaPolicy("bank.urgent", "urgent complaints",
                PolicyCondition.always().withPriorities(Priority.URGENT), List.of(BankPriority.reply()));
        SlaPolicy media = new SlaPolicy("bank.media", "media threats",
                PolicyCondition.always().withFlags(ComplaintFlag.MEDIA_THREAT, ComplaintFlag.REPEAT),
                List.of(BankPriority.onSite()));
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> engine().policies(BankProcedures.policy(), urgent, media).build());
        assertEquals(2, refused.violations().size(), refused.violations().toString());
        assertTrue(refused.violations().stream().allMatch(v -> v.code() == ErrorCode.POLICY_NEEDS_CLASSIFIER));
        assertTrue(refused.violations().get(0).message().contains("bank.urgent"));
        assertTrue(refused.violations().get(1).message().contains("[MEDIA_THREAT, REPEAT]"));

        engine().classifier(RuleClassifier.standard()).policies(BankProcedures.policy(), urgent, media).build();
        engine().policies(BankProcedures.policy(), BankPriority.policy()).build();
        engine().policies(BankProcedures.policy(), BankPriority.policy().when(PolicyCondition.always()
                .withFlags(ComplaintFlag.VULNERABLE, ComplaintFlag.GROUP))).build();
    }

    /** A clock counted from receipt for the complaints of a group: a flag that can come after registration. */
    static final ClockDefinition GROUP_CALL = ClockDefinition.builder("bank.group-call")
            .description("call every member of a group within 8 hours of receipt")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
            .target(new ClockTarget.Elapsed(Duration.ofHours(8))).build();

    @Test
    void aFlagRaisedAfterRegistrationStartsItsPolicyAtTheLinkCountingFromTheClocksOwnStart() {
        ComplaintEngine engine = engine().classifier(RuleClassifier.standard())
                .groups(GroupDetector.standard(), "seed.matter")
                .policies(new SlaPolicy("bank.groups", "groups called back first",
                        PolicyCondition.always().withFlags(ComplaintFlag.GROUP, ComplaintFlag.MAJOR),
                        List.of(GROUP_CALL))).build();
        Instant firstReceived = clock.instant();
        ComplaintId first = engine.execute(payroll("CIF21", firstReceived)).complaintId();
        assertFalse(clockIds(engine, first).contains("bank.group-call"), "one customer is no group");

        clock.advance(Duration.ofHours(1));
        engine.execute(payroll("CIF22", clock.instant()));
        clock.advance(Duration.ofHours(1));
        Instant formed = clock.instant();
        ComplaintId third = engine.execute(payroll("CIF23", formed)).complaintId();

        List<ComplaintEvent> history = engine.hostReads().history(first);
        ComplaintLinked link = history.stream().filter(ComplaintLinked.class::isInstance)
                .map(ComplaintLinked.class::cast).findFirst().orElseThrow();
        List<ClockChanged> started = engine.hostReads().clockHistory(first, "bank.group-call");
        assertEquals(1, started.size(), "the policy's clock starts at the link: " + started);
        assertEquals(ClockChange.STARTED, started.get(0).change());
        assertEquals(link.sequence() + 1, started.get(0).sequence(), "recorded with the link that raised the flag");
        assertEquals(firstReceived.plus(Duration.ofHours(8)), started.get(0).deadline(),
                "counted from the clock's own start, the receipt, not from the flag");
        assertEquals(formed.plus(Duration.ofHours(8)),
                engine.hostReads().clock(third, "bank.group-call").dueAt().orElseThrow());
    }

    private static RegisterComplaint payroll(String customer, Instant at) {
        RegisterComplaint plain = Fixtures.registration(at);
        return new RegisterComplaint(plain.actor(), Fixtures.key(), customer(customer, CustomerSegment.ORDINARY),
                Channel.PHONE, at, plain.receivingUnit(), List.of(ComplaintSubject.product("PAYROLL")),
                Sensitive.of("工资没到账"), plain.request(), null);
    }
}
