package org.complaintkit.core.engine;

import org.complaintkit.core.accountability.AccountabilityPolicy;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.authority.EmergencyPaymentCaps;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.approval.ApprovalMatrix;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.escalation.UrgingPolicy;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.lifecycle.ReturnVisitSurvey;
import org.complaintkit.core.lifecycle.TransitionTable;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.routing.Router;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.evidence.EvidenceStore;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.erasure.PersonalDataKeys;

/**
 * What a {@link ComplaintEngine.Builder} holds when {@code build()} is called, copied so that building never
 * changes the builder and a builder used again builds an engine of its own. A null component was not set.
 */
record EngineSettings(Clock clock, ComplaintStore store, OrganisationDirectory organisation, LifecycleRules rules,
                      TransitionTable lifecycle, ComplaintIdSource ids, boolean discover, ClassLoader discoveryLoader,
                      CalendarVersions calendars, List<ClockDefinition> clocks, List<SlaPolicy> policies,
                      int historyCache, EventSealer sealer, Map<String, CalendarVersions> namedCalendars, SlaSetup sla,
                      Classifier classifier, RepeatPolicy repeats, EscalationPolicy escalation, AccessPolicy access,
                      Router router, UrgingPolicy urging, GroupDetector groups, String groupScheme,
                      NotificationSetup notifications, int horizonWarningDays, ComplaintCaps caps,
                      EvidenceStore evidence, ReturnVisitSurvey survey,
                      ApprovalMatrix approvalMatrix, EmergencyPaymentCaps paymentCaps,
                      TierLadder tierLadder, int cohortBatchSize, Set<Role> cohortOrderRoles,
                      AccountabilityPolicy accountability, EngineObserver observer, PersonalDataKeys personalDataKeys) {
    EngineSettings {
        clocks = List.copyOf(clocks);
        policies = List.copyOf(policies);
        namedCalendars = Collections.unmodifiableMap(new LinkedHashMap<>(namedCalendars));
        cohortOrderRoles = Set.copyOf(cohortOrderRoles);
    }

    /** The settings without a personal-data key store: texts stored plain. */
    EngineSettings(Clock clock, ComplaintStore store, OrganisationDirectory organisation, LifecycleRules rules,
                   TransitionTable lifecycle, ComplaintIdSource ids, boolean discover, ClassLoader discoveryLoader,
                   CalendarVersions calendars, List<ClockDefinition> clocks, List<SlaPolicy> policies,
                   int historyCache, EventSealer sealer, Map<String, CalendarVersions> namedCalendars, SlaSetup sla,
                   Classifier classifier, RepeatPolicy repeats, EscalationPolicy escalation, AccessPolicy access,
                   Router router, UrgingPolicy urging, GroupDetector groups, String groupScheme,
                   NotificationSetup notifications, int horizonWarningDays, ComplaintCaps caps,
                   EvidenceStore evidence, ReturnVisitSurvey survey,
                   ApprovalMatrix approvalMatrix, EmergencyPaymentCaps paymentCaps,
                   TierLadder tierLadder, int cohortBatchSize, Set<Role> cohortOrderRoles,
                   AccountabilityPolicy accountability, EngineObserver observer) {
        this(clock, store, organisation, rules, lifecycle, ids, discover, discoveryLoader, calendars, clocks, policies,
                historyCache, sealer, namedCalendars, sla, classifier, repeats, escalation, access, router, urging,
                groups, groupScheme, notifications, horizonWarningDays, caps, evidence, survey, approvalMatrix,
                paymentCaps, tierLadder, cohortBatchSize, cohortOrderRoles, accountability, observer, null);
    }
}
