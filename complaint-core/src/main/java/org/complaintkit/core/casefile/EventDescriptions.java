package org.complaintkit.core.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.complaint.Assignment;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ClassOverridden;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintClosed;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.ComplaintMerged;
import org.complaintkit.api.event.ComplaintNotAccepted;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.ComplaintWithdrawn;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.EmergencyPaymentMade;
import org.complaintkit.api.event.ExternalOutcomeRecorded;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.event.HandlingPaused;
import org.complaintkit.api.event.HandlingResumed;
import org.complaintkit.api.event.InvestigationStarted;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.event.NoticeRequeued;
import org.complaintkit.api.event.ReferredExternally;
import org.complaintkit.api.event.ReinvestigationStarted;
import org.complaintkit.api.event.RemediationCompleted;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.event.ResolutionConcurred;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.event.ResolutionSentBack;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.event.ReviewRequested;
import org.complaintkit.api.event.RootCauseLinked;
import org.complaintkit.api.event.SatisfactionRecorded;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.event.CoHandlerOpinionGiven;
import org.complaintkit.api.event.ReturnVisitRecorded;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.FollowUpCompleted;
import org.complaintkit.api.event.LegalHoldLifted;
import org.complaintkit.api.event.LegalHoldPlaced;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.api.event.OwnershipTransferred;
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.event.CaseNoteAdded;
import org.complaintkit.api.event.EvidenceAttached;
import org.complaintkit.api.event.CustomerContacted;
import org.complaintkit.api.event.InterimReplySent;
import org.complaintkit.api.event.InternalReportMade;

/**
 * The one line the case file says for each type of event, and the section of the file it also goes to: one
 * entry per type of {@link ComplaintEvent}, in the order of its permits list. A new event type needs its entry
 * here, one line; {@code EventDescriptionsTest} fails the build until it has one, and describing an event of a
 * type without one throws rather than print something vague.
 *
 * <p>Each text shows the texts people wrote as the reader may read them ({@link Reading#text}; the bank's working
 * papers, such as notes and contact summaries, by {@link Reading#work}, withheld from a reader without full rights); an event type
 * whose events belong in the notes, contacts or evidence names its {@link Topic}, as in
 * {@code line(CaseNoteAdded.class, Topic.NOTES, (e, r) -> e.kind() + ": " + r.work(e.text()))}.
 *
 * <p>Thread-safe.
 */
public final class EventDescriptions {

    private static final Map<Class<? extends ComplaintEvent>, Entry<?>> TABLE = table(
            line(ComplaintRegistered.class, (e, r) -> "registered at " + e.registration().receivingUnit() + ", received by "
                    + e.registration().channel() + " at " + r.time(e.registration().receivedAt())),
            line(ClockChanged.class, (e, r) -> "clock " + e.clockId() + " " + e.change()
                    + (e.deadline() == null ? "" : ", deadline " + r.time(e.deadline())) + " [" + e.calendarVersion()
                    + "]: " + e.reason() + (e.breachActions().isEmpty() ? "" : "; breach actions "
                    + e.breachActions().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))),
            line(ComplaintAccepted.class, (e, r) -> "accepted"),
            line(ComplaintNotAccepted.class, (e, r) -> "not accepted: " + r.text(e.reason())),
            line(ComplaintAssigned.class, (e, r) -> "assigned: " + assignment(e.assignment())),
            line(InvestigationStarted.class, (e, r) -> "investigation started"),
            line(HandlingPaused.class, (e, r) -> "handling paused, " + e.reason() + note(r, e.note())),
            line(HandlingResumed.class, (e, r) -> "handling resumed"),
            line(ResolutionProposed.class, (e, r) -> "resolution proposed: " + e.resolution().outcome()
                    + (e.resolution().compensation() == null ? "" : ", compensation " + e.resolution().compensation())
                    + (e.approvalRequired() ? ", approval required" : ", no approval required") + ": "
                    + r.text(e.resolution().summary())),
            line(ResolutionApproved.class, (e, r) -> "resolution approved" + note(r, e.comment())),
            line(ResolutionSentBack.class, (e, r) -> "resolution sent back: " + r.text(e.reason())),
            line(CustomerResponded.class, (e, r) -> "answered the customer by " + e.response().via() + ": "
                    + r.text(e.response().result()) + "; basis: " + r.text(e.response().basis())),
            line(SatisfactionRecorded.class, (e, r) -> "satisfaction " + e.satisfaction() + note(r, e.remark())),
            line(ReinvestigationStarted.class, (e, r) -> "re-investigation started: " + r.text(e.reason())),
            line(ComplaintClosed.class, (e, r) -> "closed, liability " + e.liability() + ", root cause: "
                    + r.text(e.rootCause())),
            line(ComplaintWithdrawn.class, (e, r) -> "withdrawn by the customer" + note(r, e.reason())),
            line(ReviewRequested.class, (e, r) -> "review requested: " + r.text(e.grounds())),
            line(ReviewConcluded.class, (e, r) -> "review concluded, " + e.outcome() + ": " + r.text(e.findings())),
            line(ReferredExternally.class, (e, r) -> "referred to " + e.body() + ", reference "
                    + r.text(e.externalReference())),
            line(ExternalOutcomeRecorded.class, (e, r) -> "external outcome: " + r.text(e.outcome())),
            line(ComplaintMerged.class, (e, r) -> "merged into " + e.target()),
            line(NewFactsRecorded.class, (e, r) -> "new facts: " + r.text(e.facts())),
            line(DeadlineExtended.class, (e, r) -> "clock " + e.clockId() + " extended by tier " + e.tier()
                    + (e.noticeBy() == null ? "" : ", customer told by " + e.noticeBy()) + ": " + r.text(e.reason())),
            line(ComplaintClassified.class, (e, r) -> "classified by " + e.classifier() + " (model version " + e.recordedModelVersion() + "): "
                    + classes(e.result().classes()) + ", priority " + e.result().priority()),
            line(ClassOverridden.class, (e, r) -> "class " + e.scheme() + " set to " + e.code() + " (was "
                    + (e.previousCode() == null ? "none" : e.previousCode().isEmpty() ? "needs a person" : e.previousCode()) + "): " + r.text(e.reason())),
            line(ComplaintLinked.class, (e, r) -> (e.others().isEmpty() ? "found a " + e.kind() + " by its own headcount"
                    : "linked as " + e.kind() + " to " + e.others().stream().map(ComplaintId::value)
                    .collect(Collectors.joining(", "))) + ": " + e.reason()),
            line(ComplaintEscalated.class, (e, r) -> "escalated (" + e.trigger() + ") from " + e.fromUnit() + " to "
                    + e.toUnit() + ": " + e.reason() + note(r, e.note())),
            line(AccessDenied.class, (e, r) -> "access refused (" + e.code().code() + ") to " + e.permission() + " "
                    + e.attempted()),
            line(AccessDenialsRepeated.class, (e, r) -> "access refused (" + e.code().code() + ") to "
                    + e.permission() + " " + e.attempted() + " " + e.count() + " more times, " + r.time(e.first())
                    + " to " + r.time(e.last())),
            line(HandlerUrged.class, (e, r) -> "handler " + e.urged().value() + " urged (" + e.level() + "): "
                    + e.reason() + note(r, e.note())),
            line(EmergencyPaymentMade.class, (e, r) -> "emergency payment of " + e.amount() + ": "
                    + r.text(e.purpose())),
            line(ResolutionConcurred.class, (e, r) -> "resolution concurred by department " + e.department().value()
                    + note(r, e.comment())),
            line(NoticeDelivered.class, (e, r) -> "notice " + e.noticeType() + " delivered to "
                    + r.recipient(e.recipient()) + " by " + e.channel() + " at " + r.time(e.sentAt()) + ", reference "
                    + r.text(e.providerReference()) + ", attempt " + e.attempts() + ", content SHA-256 "
                    + e.contentDigest()),
            line(NoticeFailed.class, (e, r) -> "notice " + e.noticeType() + " to " + r.recipient(e.recipient())
                    + " failed by " + e.channel() + " (attempt " + e.attempt() + "): " + r.text(e.reason())
                    + (e.retryAt() == null ? "; no retry" : "; retry at " + r.time(e.retryAt()))),
            line(NoticeRequeued.class, (e, r) -> "notice " + e.dedupeKey() + " requeued: " + r.text(e.reason())),
            line(RootCauseLinked.class, (e, r) -> "root cause " + e.rootCauseId() + " linked: " + r.text(e.title())
                    + ", " + e.actions().size() + " remediation action(s)"),
            line(RemediationCompleted.class, (e, r) -> "remediation " + e.rootCauseId() + "/" + e.actionId()
                    + " completed" + note(r, e.note())),
            line(TypicalCaseMarked.class, (e, r) -> "marked a typical case: " + r.text(e.summary())),
            line(CompletionPromised.class, Topic.CONTACTS, (e, r) -> (e.previousPromisedBy() == null
                    ? "completion promised by " + r.time(e.promisedBy())
                    : "promise changed from " + r.time(e.previousPromisedBy()) + " to " + r.time(e.promisedBy())
                            + ", because: " + r.text(e.reason())) + "; told: " + r.text(e.wording())),
            line(ForwardingBodyReplied.class, (e, r) -> "replied to the forwarding body (" + e.body() + ", reference "
                    + r.text(e.bodyReference()) + ") at " + r.contact(e.sentTo()) + ": " + r.text(e.content())),
            line(CaseNoteAdded.class, Topic.NOTES, (e, r) -> e.kind() + ": " + r.work(e.text())),
            line(EvidenceAttached.class, Topic.EVIDENCE, (e, r) -> "document " + r.work(e.name()) + " (" + e.mediaType()
                    + ", " + e.size() + " bytes, SHA-256 " + e.sha256() + ") on file" + work(r, e.purpose())),
            line(CustomerContacted.class, Topic.CONTACTS, (e, r) -> e.direction() + " " + e.channel() + ", "
                    + e.outcome() + (e.firstReached() ? " (first contact)" : "") + work(r, e.summary())),
            line(InterimReplySent.class, Topic.CONTACTS, (e, r) -> "interim reply by " + e.via() + work(r, e.told())),
            line(InternalReportMade.class, Topic.NOTES, (e, r) -> "reported to unit " + e.to().value()
                    + work(r, e.summary())),
            line(CoHandlerOpinionGiven.class, Topic.NOTES, (e, r) -> "opinion of co-handling unit " + e.unit().value()
                    + (e.completesOpinions() ? " (the last one due)" : "") + work(r, e.opinion())),
            line(ReturnVisitRecorded.class, Topic.CONTACTS, (e, r) -> "return visit: " + e.satisfaction() + ", score "
                    + e.score() + (e.answers().isEmpty() ? "" : ", answers " + e.answers().stream()
                    .map(a -> a.questionId() + "=" + r.text(a.answer())).collect(Collectors.joining(", ")))
                    + note(r, e.remark())),
            line(RaisedWithHead.class, (e, r) -> "raised with " + e.head().value() + ", head of unit " + e.unit().value()
                    + note(r, e.note())),
            line(OwnershipTransferred.class, (e, r) -> "first-contact ownership handed from " + e.from().value() + " to "
                    + e.to().value() + note(r, e.reason())),
            line(TierRaised.class, (e, r) -> "handed up from tier " + e.from().value() + " to tier " + e.to().value()
                    + note(r, e.reason())),
            line(ResolutionEndorsed.class, (e, r) -> "resolution approved at step " + e.step() + " of " + e.steps()
                    + " by role " + e.role() + " at a " + e.level() + " unit; further approval awaited"
                    + note(r, e.comment())),
            line(ClocksPausedByOrder.class, (e, r) -> "clocks " + String.join(", ", e.clockIds())
                    + " paused by order " + e.orderReference() + ": " + e.reason()),
            line(ClocksResumedByOrder.class, (e, r) -> "clocks resumed: order " + e.orderReference() + " lifted"),
            line(ResponsibilityRecorded.class, (e, r) -> "responsibility found " + e.verdict()
                    + (e.liable().isEmpty() ? "" : " of " + e.liable().stream().map(LiableParty::label)
                    .collect(Collectors.joining(", "))) + work(r, e.findings())),
            line(AccountabilityCaseOpened.class, (e, r) -> "accountability case opened on " + e.triggers() + ": "
                    + e.reason()),
            line(AccountabilityDecided.class, (e, r) -> "accountability decided, " + e.outcome()
                    + (e.sanctions().isEmpty() ? "" : ": " + e.sanctions().stream().map(EventDescriptions::sanction)
                    .collect(Collectors.joining(", "))) + " (cases " + e.cases().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")" + work(r, e.reasoning())),
            line(FollowUpCompleted.class, (e, r) -> "follow-up done (" + e.work() + ") on "
                    + e.members().stream().map(ComplaintId::value).collect(Collectors.joining(", ")) + ": "
                    + e.reason()),
            line(LegalHoldPlaced.class, (e, r) -> "legal hold placed under " + e.reference() + ": " + e.reason()),
            line(LegalHoldLifted.class, (e, r) -> "legal hold under " + e.reference() + " lifted: " + e.reason()),
            line(PersonalDataErased.class, (e, r) -> "personal data erased under " + e.legalBasis() + ": "
                    + e.reason()));

    /** A sanction in a line: its kind, detail and party; an OTHER sanction's text is not shown here. */
    private static String sanction(Sanction s) {
        String detail = switch (s.kind()) {
            case BEAR_LOSSES -> " " + s.amount().amount().toPlainString() + " " + s.amount().currency();
            case PERFORMANCE_DEDUCTION -> " " + s.percentage().toPlainString() + "%";
            default -> "";
        };
        return s.kind() + detail + " on " + s.on().label();
    }

    private EventDescriptions() {
    }

    /**
     * Describes an event as a reader reads it.
     *
     * @param event the event
     * @param reading how the reader reads it
     * @return its type, one line, and the section it also belongs to
     * @throws IllegalStateException if the event's type has no entry here (a test fails first)
     */
    public static EventDescription describe(ComplaintEvent event, Reading reading) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(reading, "reading");
        Entry<?> entry = TABLE.get(event.getClass());
        if (entry == null) {
            throw new IllegalStateException("the case file has no description for " + event.getClass().getSimpleName()
                    + "; add its entry to EventDescriptions");
        }
        return entry.describe(event, reading);
    }

    /**
     * Returns the event types that have a description.
     *
     * @return the types, in the order of the table
     */
    public static Set<Class<? extends ComplaintEvent>> described() {
        return Set.copyOf(TABLE.keySet());
    }

    /** One event type's description and the section its events also go to. */
    private record Entry<E extends ComplaintEvent>(Class<E> type, Topic topic, BiFunction<E, Reading, String> text) {
        EventDescription describe(ComplaintEvent event, Reading reading) {
            String line = text.apply(type.cast(event), reading).replaceAll("[\\r\\n\\t]+", " ");
            return new EventDescription(type.getSimpleName(), line, topic);
        }
    }

    /** An event type described in the list of events only. */
    private static <E extends ComplaintEvent> Entry<E> line(Class<E> type, BiFunction<E, Reading, String> text) {
        return new Entry<>(type, null, text);
    }

    /** An event type described in the list of events and in the section of a topic. */
    private static <E extends ComplaintEvent> Entry<E> line(Class<E> type, Topic topic,
                                                            BiFunction<E, Reading, String> text) {
        return new Entry<>(type, Objects.requireNonNull(topic, "topic"), text);
    }

    private static Map<Class<? extends ComplaintEvent>, Entry<?>> table(Entry<?>... entries) {
        Map<Class<? extends ComplaintEvent>, Entry<?>> out = new LinkedHashMap<>();
        for (Entry<?> entry : entries) {
            if (out.put(entry.type(), entry) != null) {
                throw new IllegalStateException("two descriptions for " + entry.type().getSimpleName());
            }
        }
        return Map.copyOf(out);
    }

    private static String work(Reading reading, Sensitive text) {
        String shown = reading.work(text);
        return shown.isEmpty() ? "" : ": " + shown;
    }

    private static String note(Reading reading, Sensitive note) {
        String text = reading.text(note);
        return text.isEmpty() ? "" : ": " + text;
    }

    private static String assignment(Assignment assignment) {
        List<String> parts = new ArrayList<>();
        parts.add("first responsible " + unit(assignment.firstResponsible()));
        for (HandlingUnit co : assignment.coHandlers()) {
            parts.add("co-handler " + unit(co));
        }
        if (assignment.handler() != null) {
            parts.add("handler " + assignment.handler().value());
        }
        return String.join(", ", parts);
    }

    private static String unit(HandlingUnit unit) {
        return unit.unit().value() + (unit.department() == null ? "" : "/" + unit.department().value());
    }

    private static String classes(List<ClassAssignment> classes) {
        return classes.isEmpty() ? "no class" : classes.stream().map(c -> c.scheme() + " "
                + (c.needsPerson() ? "needs a person" : c.code())
                + c.secondaryClass().map(s -> " (secondary " + s.code() + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }

}
