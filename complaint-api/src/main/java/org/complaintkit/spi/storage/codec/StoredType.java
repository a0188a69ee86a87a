package org.complaintkit.spi.storage.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.SecondaryClass;
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
import org.complaintkit.api.complaint.Registration;
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
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.event.ResolutionSentBack;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.event.ReviewRequested;
import org.complaintkit.api.event.RootCauseLinked;
import org.complaintkit.api.event.SatisfactionRecorded;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.event.CaseNoteAdded;
import org.complaintkit.api.event.LegalHoldLifted;
import org.complaintkit.api.event.LegalHoldPlaced;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.event.EvidenceAttached;
import org.complaintkit.api.event.CustomerContacted;
import org.complaintkit.api.event.InterimReplySent;
import org.complaintkit.api.event.InternalReportMade;
import org.complaintkit.api.event.CoHandlerOpinionGiven;
import org.complaintkit.api.event.ReturnVisitRecorded;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.FollowUpCompleted;
import org.complaintkit.api.event.OwnershipTransferred;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import org.complaintkit.spi.notification.Notification;

/**
 * The name and revision each type is stored under: the one table that ties the stored form to Java types, so
 * that renaming or moving a class, or renaming a record component, is not a silent data migration.
 *
 * <p>Every event type and the notification (what {@link EventCodec} writes at top level) has exactly one
 * entry, and a test fails the build for a type without one. An event's stored name is written as its
 * {@code "@type"}; the names of the types that existed before this table are their simple class names of
 * that time, and stay so whatever the classes are called later. A name is never reused for another type.
 *
 * <p><b>Revisions.</b> A type's revision counts the changes to its stored form. Revision 1 is implicit: it is
 * not written, so rows stored before revisions existed are revision 1, byte for byte. A type at revision 2 or
 * later is written with {@code "@rev":n} after its {@code "@type"} (a notification's text starts with it),
 * and its entry carries one upcaster for each older revision, which turns the stored members of revision
 * {@code k} into those of {@code k + 1} before the record is built. Text of a revision newer than this
 * version knows is refused.
 *
 * <p><b>Component names.</b> A record component is stored under its Java name unless the table of stored
 * field names in this class says otherwise: to rename a component, add its new Java name with its old
 * stored name there.
 *
 * <p><b>Components written only when set.</b> A nullable component added to a stored record may instead be
 * listed in the table of such components here: it is left out of the stored text while null and read as null
 * when absent, so rows stored before it existed read the same and are written again to the same bytes, and the
 * type keeps its revision.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoredType {

    /**
     * Stored member names that differ from the Java component names: record class, then Java name to stored
     * name. Empty while every component is stored under its Java name.
     */
    static final Map<Class<?>, Map<String, String>> FIELD_NAMES = Map.of();

    /**
     * Nullable components added to a stored record after rows of it were stored, by record class and Java name:
     * written only when set, and read as null when absent. A row stored before the component existed therefore
     * reads the same and is written again to the same bytes (its seal still verifies), and a new row without the
     * value is stored as an old one was; no revision is needed. Only for components whose absence means exactly
     * what null means.
     */
    static final Map<Class<?>, Set<String>> WRITTEN_WHEN_SET = Map.of(
            Registration.class, Set.of("headcount"),
            ComplaintClassified.class, Set.of("modelVersion"),
            ClassAssignment.class, Set.of("modelConfidence", "secondary"),
            SecondaryClass.class, Set.of("modelConfidence"));

    /**
     * Returns the components of a stored record that are written only when set (see the class comment).
     *
     * @param record a record class the codec stores, at top level or inside another
     * @return the Java names of its components written only when set; empty for most
     */
    public static Set<String> writtenWhenSet(Class<?> record) {
        return WRITTEN_WHEN_SET.getOrDefault(record, Set.of());
    }

    private static final List<StoredType> TABLE = List.of(
            event(ComplaintRegistered.class, "ComplaintRegistered"),
            event(ClockChanged.class, "ClockChanged"),
            event(ComplaintAccepted.class, "ComplaintAccepted"),
            event(ComplaintNotAccepted.class, "ComplaintNotAccepted"),
            event(ComplaintAssigned.class, "ComplaintAssigned"),
            event(InvestigationStarted.class, "InvestigationStarted"),
            event(HandlingPaused.class, "HandlingPaused"),
            event(HandlingResumed.class, "HandlingResumed"),
            event(ResolutionProposed.class, "ResolutionProposed"),
            event(ResolutionApproved.class, "ResolutionApproved"),
            event(ResolutionSentBack.class, "ResolutionSentBack"),
            event(CustomerResponded.class, "CustomerResponded"),
            event(SatisfactionRecorded.class, "SatisfactionRecorded"),
            event(ReinvestigationStarted.class, "ReinvestigationStarted"),
            event(ComplaintClosed.class, "ComplaintClosed"),
            event(ComplaintWithdrawn.class, "ComplaintWithdrawn"),
            event(ReviewRequested.class, "ReviewRequested"),
            event(ReviewConcluded.class, "ReviewConcluded"),
            event(ReferredExternally.class, "ReferredExternally"),
            event(ExternalOutcomeRecorded.class, "ExternalOutcomeRecorded"),
            event(ComplaintMerged.class, "ComplaintMerged"),
            event(NewFactsRecorded.class, "NewFactsRecorded"),
            event(DeadlineExtended.class, "DeadlineExtended"),
            event(ComplaintClassified.class, "ComplaintClassified", 2,
                    ClassStateUpcaster::toRevision2),
            event(ClassOverridden.class, "ClassOverridden"),
            event(ComplaintLinked.class, "ComplaintLinked"),
            event(ComplaintEscalated.class, "ComplaintEscalated"),
            event(AccessDenied.class, "AccessDenied"),
            event(AccessDenialsRepeated.class, "AccessDenialsRepeated"),
            event(HandlerUrged.class, "HandlerUrged"),
            event(EmergencyPaymentMade.class, "EmergencyPaymentMade"),
            event(ResolutionConcurred.class, "ResolutionConcurred"),
            event(NoticeDelivered.class, "NoticeDelivered"),
            event(NoticeFailed.class, "NoticeFailed"),
            event(NoticeRequeued.class, "NoticeRequeued"),
            event(RootCauseLinked.class, "RootCauseLinked"),
            event(RemediationCompleted.class, "RemediationCompleted"),
            event(TypicalCaseMarked.class, "TypicalCaseMarked"),
            event(CompletionPromised.class, "CompletionPromised"),
            event(ForwardingBodyReplied.class, "ForwardingBodyReplied"),
            event(CaseNoteAdded.class, "CaseNoteAdded"),
            event(EvidenceAttached.class, "EvidenceAttached"),
            event(CustomerContacted.class, "CustomerContacted"),
            event(InterimReplySent.class, "InterimReplySent"),
            event(InternalReportMade.class, "InternalReportMade"),
            event(CoHandlerOpinionGiven.class, "CoHandlerOpinionGiven"),
            event(ReturnVisitRecorded.class, "ReturnVisitRecorded"),
            event(RaisedWithHead.class, "RaisedWithHead"),
            event(OwnershipTransferred.class, "OwnershipTransferred"),
            event(TierRaised.class, "TierRaised"),
            event(ResolutionEndorsed.class, "ResolutionEndorsed"),
            event(ClocksPausedByOrder.class, "ClocksPausedByOrder"),
            event(ClocksResumedByOrder.class, "ClocksResumedByOrder"),
            event(ResponsibilityRecorded.class, "ResponsibilityRecorded"),
            event(AccountabilityCaseOpened.class, "AccountabilityCaseOpened"),
            event(AccountabilityDecided.class, "AccountabilityDecided"),
            event(FollowUpCompleted.class, "FollowUpCompleted"),
            event(LegalHoldPlaced.class, "LegalHoldPlaced"),
            event(LegalHoldLifted.class, "LegalHoldLifted"),
            event(PersonalDataErased.class, "PersonalDataErased"),
            new StoredType(Notification.class, "Notification", 1, List.of()));

    private static final Map<Class<?>, StoredType> BY_CLASS = index(TABLE, StoredType::javaType);
    private static final Map<String, StoredType> BY_NAME = index(TABLE, StoredType::name);

    private final Class<? extends Record> javaType;
    private final String name;
    private final int revision;
    private final List<UnaryOperator<Map<String, Object>>> upcasters;

    StoredType(Class<? extends Record> javaType, String name, int revision,
               List<UnaryOperator<Map<String, Object>>> upcasters) {
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.name = Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("a stored name is a word such as ComplaintAccepted: " + name);
        }
        if (revision < 1 || upcasters.size() != revision - 1) {
            throw new IllegalArgumentException(name + " needs one upcaster for each revision before " + revision);
        }
        this.revision = revision;
        this.upcasters = List.copyOf(upcasters);
    }

    /** An event stored at revision 1. */
    static StoredType event(Class<? extends ComplaintEvent> type, String name) {
        return event(type, name, 1);
    }

    /** An event stored at a later revision, with the upcasters from 1 to 2, from 2 to 3, and so on. */
    @SafeVarargs
    static StoredType event(Class<? extends ComplaintEvent> type, String name, int revision,
                            UnaryOperator<Map<String, Object>>... upcasters) {
        return new StoredType(type.asSubclass(Record.class), name, revision, Arrays.asList(upcasters));
    }

    /**
     * Returns every entry: each event type, then the notification.
     *
     * @return the entries
     */
    public static List<StoredType> all() {
        return TABLE;
    }

    /**
     * Returns the entry of a type.
     *
     * @param type an event type or {@link Notification}
     * @return its entry
     * @throws IllegalArgumentException if the type has no entry
     */
    public static StoredType of(Class<?> type) {
        StoredType entry = BY_CLASS.get(type);
        if (entry == null) {
            throw new IllegalArgumentException(type.getName() + " has no stored name; add it to StoredType");
        }
        return entry;
    }

    /**
     * Returns the entry stored under a name.
     *
     * @param name a stored name, such as {@code ComplaintAccepted}
     * @return its entry, or empty if no type is stored under that name
     */
    public static Optional<StoredType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * Returns the Java type.
     *
     * @return the record class
     */
    public Class<? extends Record> javaType() {
        return javaType;
    }

    /**
     * Returns the name the type is stored under, which does not follow renames of the class.
     *
     * @return the stored name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the revision of the type's stored form that this version writes.
     *
     * @return the revision, from 1
     */
    public int revision() {
        return revision;
    }

    /**
     * Brings stored members of an older revision up to this one.
     *
     * @param members the stored members, which an upcaster may change in place
     * @param from the revision they were written at, from 1 to {@link #revision()}
     * @return the members at {@link #revision()}
     */
    Map<String, Object> upcast(Map<String, Object> members, int from) {
        Map<String, Object> out = members;
        for (int r = from; r < revision; r++) {
            out = upcasters.get(r - 1).apply(out);
        }
        return out;
    }

    @Override
    public String toString() {
        return name + (revision == 1 ? "" : " revision " + revision) + " (" + javaType.getName() + ")";
    }

    static <K> Map<K, StoredType> index(List<StoredType> table, Function<StoredType, K> key) {
        Map<K, StoredType> out = new HashMap<>();
        List<K> twice = new ArrayList<>();
        for (StoredType entry : table) {
            if (out.put(key.apply(entry), entry) != null) {
                twice.add(key.apply(entry));
            }
        }
        if (!twice.isEmpty()) {
            throw new IllegalStateException("the stored form names these twice: " + twice);
        }
        return Map.copyOf(out);
    }
}
