package org.complaintkit.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.classification.GroupScope;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.internal.DomainInputChecks;
import org.complaintkit.core.internal.PluginDiscovery;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.lifecycle.TransitionTable;
import org.complaintkit.core.notification.NoticePlanner;
import org.complaintkit.core.sla.NoticeMilestones;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.core.erasure.PersonalDataProtection;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.classification.ClassifierProvider;
import org.complaintkit.spi.evidence.EvidenceStore;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.OrganisationProvider;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ComplaintStoreProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's parts, resolved once from its settings at {@code build()}: discovery done, defaults chosen (the
 * in-memory store, a cache that keeps nothing when it is off, no notices when they are off), every part wired
 * to the ones it needs. The facade only delegates to these.
 *
 * @param clock the clock every event's time is read from
 * @param store the store
 * @param lifecycle the transition table
 * @param rules the lifecycle rules
 * @param sealer the sealer
 * @param access the access policy
 * @param clocks the clocks in force
 * @param notices the notices events cause
 * @param recorder the one way to the store
 * @param commands command execution
 * @param sweeper the clock sweeps
 * @param recalculator recalculation
 * @param reader the read models
 * @param reconciliation what a sealed history implies for the rows stored beside it
 * @param evidence the evidence store, or null if the host configured none
 * @param cohortPauses the regulators' cohort pause orders
 * @param observer the host's observer behind its guard, or {@link EngineObserver#none()}
 */
record EngineParts(Clock clock, ComplaintStore store, TransitionTable lifecycle, LifecycleRules rules,
                   EventSealer sealer, AccessPolicy access, ClockSetup clocks, Notices notices, Recorder recorder,
                   CommandBus commands, ClockSweeper sweeper, Recalculator recalculator, ComplaintReader reader,
                   Reconciliation reconciliation, EvidenceStore evidence, CohortPauses cohortPauses,
                   EngineObserver observer) {

    /** The engine's log: what building it chose that the host should know. */
    private static final Logger LOG = LoggerFactory.getLogger(EngineParts.class);

    /**
     * Resolves the settings into parts.
     *
     * @throws ConfigurationException if discovery finds several providers of one SPI, the SLA setup is
     *     inconsistent, or repeat or group detection is asked for without a classifier, or, without a classifier, a
     *     policy is chosen by priority or by flags only a classifier raises ({@code CMP-4051}), or the tier ladder has
     *     no scope or one the organisation directory cannot place
     */
    static EngineParts assemble(EngineSettings settings) {
        if (settings.cohortBatchSize() < 1 || settings.cohortBatchSize() > ComplaintQuery.MAX_LIMIT) {
            throw ConfigurationException.of(ErrorCode.COHORT_BATCH_SIZE_INVALID, "cohortBatchSize",
                    "a cohort order's batch is 1 to " + ComplaintQuery.MAX_LIMIT + " complaints, not "
                            + settings.cohortBatchSize());
        }
        if (settings.cohortOrderRoles().isEmpty()) {
            throw ConfigurationException.of(ErrorCode.COHORT_ORDER_ROLES_EMPTY, "cohortOrderRoles",
                    "name at least one role that issues and lifts cohort pause orders; by default the complaint"
                            + " manager's");
        }
        SlaSetup sla = settings.sla() != null ? settings.sla() : slaOf(settings);
        ClassLoader loader = settings.discoveryLoader() != null ? settings.discoveryLoader()
                : Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : EngineParts.class.getClassLoader();
        boolean discover = settings.discover();
        ComplaintStore store = settings.store();
        if (store == null && discover) {
            store = PluginDiscovery.single(ComplaintStoreProvider.class, loader, ComplaintStoreProvider::name)
                    .map(ComplaintStoreProvider::create).orElse(null);
        }
        if (store == null) {
            store = new InMemoryComplaintStore();
        }
        OrganisationDirectory directory = settings.organisation();
        if (directory == null && discover) {
            directory = PluginDiscovery.single(OrganisationProvider.class, loader, OrganisationProvider::name)
                    .map(OrganisationProvider::create).orElse(null);
        }
        Classifier classifier = settings.classifier();
        if (classifier == null && discover) {
            classifier = PluginDiscovery.single(ClassifierProvider.class, loader, ClassifierProvider::name)
                    .map(ClassifierProvider::create).orElse(null);
        }
        if ((settings.repeats() != null || settings.groups() != null) && classifier == null) {
            throw new ConfigurationException(List.of(new Violation(ErrorCode.INVALID_CONFIGURATION, "repeats",
                    "repeat and group detection compare classes, so they need a classifier")));
        }
        if (settings.groups() != null && settings.groups().scope() == GroupScope.BRANCH && directory == null) {
            throw new ConfigurationException(List.of(new Violation(ErrorCode.GROUP_SCOPE_NEEDS_DIRECTORY, "groups.scope",
                    "groups scoped by branch find the branch of the receiving unit in the organisation directory, "
                            + "and the engine has none: set one, or scope groups by receiving unit or bank")));
        }
        sealerWarning(settings.sealer(), store).ifPresent(LOG::warn);
        if (settings.approvalMatrix() == null) {
            LOG.info("no approval matrix: approvals are not restricted; anyone the access policy lets act on a "
                    + "complaint approves its resolution, apart from its proposer and the persons it is about, within "
                    + "the authority limits. Set ComplaintEngine.Builder.approvalMatrix to say who approves what");
        } else if (directory == null) {
            throw ConfigurationException.of(ErrorCode.APPROVAL_MATRIX_NEEDS_DIRECTORY, "approvalMatrix",
                    "an approval matrix reads the approver's roles and unit level from an organisation directory; "
                            + "set ComplaintEngine.Builder.organisation");
        }
        if (classifier == null) {
            refuseUnreachablePolicies(sla);
        }
        List<Violation> tierProblems = TierKeeper.configurationProblems(settings.tierLadder(), directory);
        if (!tierProblems.isEmpty()) {
            throw new ConfigurationException(tierProblems);
        }
        return wire(settings, store, directory, classifier, sla);
    }

    /**
     * Refuses, on an engine without a classifier, the policies that could never apply: those chosen by priority (a
     * complaint has one only once classified) or by flags none of which is {@link ComplaintFlag#VULNERABLE} (the only
     * flag a registration raises by itself; the others come from the classifier and its link detectors). Silence
     * here would leave a priority customer on the ordinary clocks with nobody told.
     */
    private static void refuseUnreachablePolicies(SlaSetup sla) {
        List<Violation> problems = new ArrayList<>();
        for (SlaPolicy policy : sla.policies()) {
            PolicyCondition when = policy.appliesWhen();
            if (!when.priorities().isEmpty()) {
                problems.add(new Violation(ErrorCode.POLICY_NEEDS_CLASSIFIER, "policies",
                        "policy " + policy.id() + " is chosen by priority, which only a classifier gives; set "
                                + "ComplaintEngine.Builder.classifier"));
            }
            if (!when.flags().isEmpty() && !when.flags().contains(ComplaintFlag.VULNERABLE)) {
                problems.add(new Violation(ErrorCode.POLICY_NEEDS_CLASSIFIER, "policies",
                        "policy " + policy.id() + " is chosen by flags " + when.flags().stream().map(Enum::name)
                                .sorted().toList() + ", which only a classifier raises; set "
                                + "ComplaintEngine.Builder.classifier"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    /**
     * The warning an engine logs when it is built over a store that outlives the JVM with the unkeyed default
     * sealer, which the host did not choose: whoever can write that store can recompute the chain after an edit.
     * None for the in-memory store, whose histories only this JVM can reach, or once the host set a sealer.
     *
     * @param chosen the sealer set on the builder, or null
     * @param store the store the engine writes
     * @return the warning, naming the store's class and the remedy, or empty
     */
    static Optional<String> sealerWarning(EventSealer chosen, ComplaintStore store) {
        if (chosen != null || store instanceof InMemoryComplaintStore) {
            return Optional.empty();
        }
        return Optional.of("the complaint store " + store.getClass().getName() + " is sealed with the default "
                + "unkeyed SHA-256: anyone who can write it can change a history and recompute its seals so that it "
                + "verifies. Set ComplaintEngine.Builder.sealer(EventSealer.hmacSha256(key)) with a key kept out of "
                + "the database, or sealer(EventSealer.sha256()) to accept the risk");
    }

    private static EngineParts wire(EngineSettings settings, ComplaintStore store, OrganisationDirectory directory,
                                    Classifier classifier, SlaSetup sla) {
        PersonalDataProtection protection = PersonalDataProtection.of(settings.personalDataKeys());
        ComplaintStore written = store;
        if (protection.enabled()) {
            // Every read of the engine's sees texts decrypted, or erased; the store beneath keeps ciphertext.
            store = new OpenedStore(store, protection);
        }
        Clock clock = settings.clock();
        LifecycleRules rules = settings.rules() != null ? settings.rules() : LifecycleRules.defaults(clock.getZone());
        AccessPolicy access = settings.access();
        OrganisationKeeper organisation = new OrganisationKeeper(directory, settings.escalation(), settings.urging());
        LinkDetector links = new LinkDetector(store, settings.lifecycle(), settings.repeats(), settings.groups(),
                settings.groupScheme(), directory);
        HistoryCache cache = settings.historyCache() > 0 ? new HistoryCache(settings.historyCache())
                : HistoryCache.off();
        Notices notices = settings.notifications() == null ? Notices.NONE
                : Notices.of(new NoticePlanner(settings.notifications(), access, id -> actorOf(directory, id),
                        tier -> tierRoles(settings.tierLadder(), tier), clock.getZone()));
        ClockSetup clocks = new ClockSetup(new ClockKeeper(sla, directory, settings.notifications() == null
                ? NoticeMilestones.NONE : settings.notifications().proofOfNotice()));
        EventSealer sealer = settings.sealer() != null ? settings.sealer() : EventSealer.sha256();
        AccountabilityKeeper accountability = new AccountabilityKeeper(settings.accountability(), clocks);
        EngineObserver observer = ObserverGuard.of(settings.observer());
        Recorder recorder = new Recorder(written, sealer, cache, notices, links, clocks, organisation,
                settings.caps(), accountability, observer, protection);
        Denials denials = new Denials(store, recorder, clocks);
        TierKeeper tiers = TierKeeper.of(settings.tierLadder(), directory);
        EngineRules engineRules = new EngineRules(access, clocks, organisation,
                classifier == null ? scheme -> Optional.empty() : classifier::taxonomy, settings.evidence(),
                ApprovalCheck.of(settings.approvalMatrix(), directory),
                new PaymentCapKeeper(settings.paymentCaps(), store, clock.getZone()), tiers,
                settings.accountability());
        FollowUps followUps = new FollowUps(store, recorder, links.detectsGroups());
        Registering registering = new Registering(store, settings.ids(), settings.lifecycle().initial(), classifier,
                links, organisation, recorder, clocks, followUps);
        ActorIdentities identities = ActorIdentities.of(directory);
        CommandBus commands = new CommandBus(clock, store, settings.lifecycle(), rules,
                new DomainInputChecks(directory, settings.survey()), cache, registering, recorder, denials, engineRules, identities);
        CohortPauses cohortPauses = new CohortPauses(clock, store, commands, identities,
                () -> clocks.current().setup(), settings.cohortBatchSize(), settings.cohortOrderRoles());
        return new EngineParts(clock, store, settings.lifecycle(), rules, sealer, access, clocks, notices,
                recorder, commands, new ClockSweeper(clock, store, clocks, organisation, recorder,
                        new HorizonWatch(clock, clocks, settings.horizonWarningDays()), denials, accountability,
                        observer, followUps),
                new Recalculator(clock, store, clocks, recorder),
                new ComplaintReader(clock, store, clocks, access, denials, directory, settings.router(), identities,
                        tiers),
                new Reconciliation(clock, clocks, links, notices), settings.evidence(), cohortPauses, observer);
    }

    /** The actor a staff id stands for, as the directory knows them; with no roles if it does not. */
    private static Actor actorOf(OrganisationDirectory directory, StaffId id) {
        StaffMember member = directory == null ? null : directory.staff(id).orElse(null);
        return member == null ? new Actor(id, Actor.SYSTEM_UNIT, Set.of()) : new Actor(id, member.unit(), member.roles());
    }

    /** The roles of a tier of the engine's ladder, for the notice to the tier a complaint is handed up to. */
    private static Set<Role> tierRoles(TierLadder ladder, TierId tier) {
        return ladder == null ? Set.of() : ladder.tier(tier).map(Tier::roles).orElse(Set.of());
    }

    /** The SLA setup from the calendars, policies and clocks given to the builder one by one. */
    private static SlaSetup slaOf(EngineSettings settings) {
        List<Violation> problems = new ArrayList<>();
        Map<String, ClockDefinition> distinct = new LinkedHashMap<>();
        for (ClockDefinition definition : settings.clocks()) {
            if (distinct.putIfAbsent(definition.id(), definition) != null) {
                problems.add(new Violation(ErrorCode.INVALID_CONFIGURATION, "clocks",
                        "two clocks are named " + definition.id()));
            }
        }
        SlaSetup.Builder b = SlaSetup.builder().policies(settings.policies());
        if (!distinct.isEmpty()) {
            b.policies(new SlaPolicy("engine", "clocks configured on the engine", PolicyCondition.always(),
                    List.copyOf(distinct.values())));
        }
        if (settings.calendars() != null) {
            b.defaultCalendar(settings.calendars());
        }
        settings.namedCalendars().forEach(b::calendar);
        SlaSetup setup = null;
        try {
            setup = b.build();
        } catch (ConfigurationException e) {
            problems.addAll(e.violations());
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return setup;
    }
}
