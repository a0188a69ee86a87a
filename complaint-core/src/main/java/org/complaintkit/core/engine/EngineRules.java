package org.complaintkit.core.engine;

import java.util.Optional;
import java.util.function.Function;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.core.accountability.AccountabilityPolicy;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.evidence.EvidenceStore;

/**
 * The rules beyond the complaint itself that preconditions and handling rows read: the access policy, the clocks
 * in force, the organisation (escalation, urging, authority) and the classes each scheme knows. Resolved once at
 * {@code build()}: a scheme with no taxonomy (or an engine with no classifier) answers empty.
 *
 * @param access the access policy
 * @param clocks the clocks in force
 * @param organisation the organisation's rules
 * @param taxonomies the taxonomy of a scheme, if the classifier has one
 * @param evidence the evidence store attachments are checked against, or null if the engine has none
 * @param approvals the approval matrix's check ({@link ApprovalCheck#NONE} without a matrix)
 * @param paymentCaps the caps on emergency payments, with the store they count recorded payments in
 * @param tiers the tier ladder's handling ({@link TierKeeper#NONE} without a ladder)
 * @param accountability the accountability policy: who records a finding and who decides a case
 */
record EngineRules(AccessPolicy access, ClockSetup clocks, OrganisationKeeper organisation,
                   Function<String, Optional<Taxonomy>> taxonomies, EvidenceStore evidence,
                   ApprovalCheck approvals, PaymentCapKeeper paymentCaps, TierKeeper tiers,
                   AccountabilityPolicy accountability) {
}
