package org.complaintkit.api.event;

import java.time.Instant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Something that happened to a complaint: immutable, numbered within its complaint, timed by the
 * engine's clock and attributed to an actor. A complaint's state is the fold of its events, and
 * the events are what a regulator may ask to see.
 *
 * <p>Events are stored under the names and revisions that
 * {@link org.complaintkit.spi.storage.codec.StoredType} fixes, not under their Java names: a new event type
 * needs its entry there, and a test fails the build until it has one.
 */
public sealed interface ComplaintEvent
        permits ComplaintRegistered, ClockChanged, ComplaintAccepted, ComplaintNotAccepted, ComplaintAssigned, InvestigationStarted, HandlingPaused, HandlingResumed, ResolutionProposed, ResolutionApproved, ResolutionSentBack, CustomerResponded, SatisfactionRecorded, ReinvestigationStarted, ComplaintClosed, ComplaintWithdrawn, ReviewRequested, ReviewConcluded, ReferredExternally, ExternalOutcomeRecorded, ComplaintMerged, NewFactsRecorded, DeadlineExtended, ComplaintClassified, ClassOverridden, ComplaintLinked, ComplaintEscalated, AccessDenied, AccessDenialsRepeated, HandlerUrged, EmergencyPaymentMade, ResolutionConcurred, NoticeDelivered, NoticeFailed, NoticeRequeued, RootCauseLinked, RemediationCompleted, TypicalCaseMarked, CompletionPromised, ForwardingBodyReplied, CaseNoteAdded, EvidenceAttached, CustomerContacted, InterimReplySent, InternalReportMade, CoHandlerOpinionGiven, ReturnVisitRecorded, RaisedWithHead, OwnershipTransferred, TierRaised, ResolutionEndorsed, ClocksPausedByOrder, ClocksResumedByOrder, ResponsibilityRecorded, AccountabilityCaseOpened, AccountabilityDecided, FollowUpCompleted, LegalHoldPlaced, LegalHoldLifted, PersonalDataErased {

    /**
     * Returns the complaint, sequence number, time and actor.
     *
     * @return the header
     */
    EventHeader header();

    /**
     * Returns the complaint this event belongs to.
     *
     * @return the complaint id
     */
    default ComplaintId complaintId() {
        return header().complaintId();
    }

    /**
     * Returns the event's number in its complaint's history.
     *
     * @return the sequence number, from 1
     */
    default long sequence() {
        return header().sequence();
    }

    /**
     * Returns when the event happened.
     *
     * @return the instant, from the engine's clock
     */
    default Instant occurredAt() {
        return header().occurredAt();
    }

    /**
     * Returns who caused the event.
     *
     * @return the actor
     */
    default Actor actor() {
        return header().actor();
    }
}
