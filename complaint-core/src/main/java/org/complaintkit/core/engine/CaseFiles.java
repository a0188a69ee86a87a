package org.complaintkit.core.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.casework.EvidenceCheck;
import org.complaintkit.api.casework.EvidenceStatus;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EvidenceAttached;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.access.ComplaintViews;
import org.complaintkit.core.casefile.CaseFile;
import org.complaintkit.core.casefile.CaseFileLine;
import org.complaintkit.core.casefile.CaseFileSection;
import org.complaintkit.core.casefile.EventDescription;
import org.complaintkit.core.casefile.EventDescriptions;
import org.complaintkit.core.casefile.Reading;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.core.casefile.Topic;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.Mismatch;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * Assembles a complaint's case file from what the engine read for an admitted reader: the registration masked
 * to the reader's rights ({@link ComplaintViews#forReader}), every event described by
 * {@link EventDescriptions}, the topic sections filled from the same descriptions, the clocks and their
 * explanations, the notices delivered and failed, the outbox and the verdict on the seals.
 */
final class CaseFiles {

    private CaseFiles() {
    }

    /** What the engine read for one case file. */
    record Material(ComplaintState state, List<ComplaintEvent> history, Actor reader, ViewRights rights,
                    List<ClockState> clocks, List<DeadlineExplanation> explanations, List<OutboxEntry> outbox,
                    ChainVerdict verdict, Optional<List<EvidenceCheck>> evidence, ZoneId zone, Instant now,
                    boolean accountabilityWithheld) {
        Material {
            history = List.copyOf(history);
            clocks = List.copyOf(clocks);
            explanations = List.copyOf(explanations);
            outbox = List.copyOf(outbox);
        }
    }

    /** What a reader the access policy keeps from the accountability record reads in place of its events. */
    private static final EventDescription WITHHELD = new EventDescription("Withheld",
            "withheld from a person the accountability concerns until it is decided", null);

    /** What a withheld line shows in place of its actor and time. */
    private static final String WITHHELD_MARK = "withheld";

    private static boolean isAccountability(ComplaintEvent event) {
        return event instanceof ResponsibilityRecorded || event instanceof AccountabilityCaseOpened
                || event instanceof AccountabilityDecided;
    }

    static CaseFile assemble(Material m) {
        Reading reading = new Reading(m.rights(), m.state().registration().complainant().name(), m.zone());
        List<CaseFileSection> sections = new ArrayList<>();
        sections.add(registration(ComplaintViews.forReader(m.state(), m.rights()), reading));
        List<CaseFileLine> events = new ArrayList<>();
        Map<Topic, List<CaseFileLine>> topics = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            topics.put(topic, new ArrayList<>());
        }
        for (ComplaintEvent event : m.history()) {
            boolean withheld = m.accountabilityWithheld() && isAccountability(event);
            EventDescription described = withheld ? WITHHELD : EventDescriptions.describe(event, reading);
            String sequence = Long.toString(event.sequence());
            // Who recorded a finding, opened or decided a case and when is part of what is withheld.
            String time = withheld ? WITHHELD_MARK : reading.time(event.occurredAt());
            String actor = withheld ? WITHHELD_MARK : actor(event.actor());
            events.add(CaseFileLine.of(sequence, time, actor, described.type(), described.text()));
            described.inTopic().ifPresent(t -> topics.get(t).add(CaseFileLine.of(sequence, time, actor,
                    described.text())));
        }
        sections.add(new CaseFileSection(CaseFile.EVENTS, List.of("#", "time", "actor", "event", "what happened"),
                events));
        for (Topic topic : Topic.values()) {
            sections.add(new CaseFileSection(topic.heading(), List.of("#", "time", "actor", "what"), topics.get(topic)));
        }
        sections.add(clocks(m.clocks(), reading));
        sections.add(explanations(m.explanations()));
        sections.add(notices(m.history(), reading));
        sections.add(outbox(m.outbox(), reading));
        sections.add(seals(m.verdict(), m.history(), m.evidence(), reading));
        return new CaseFile(m.state().id(), m.reader().staffId(), m.rights(), m.now(), m.zone(), sections);
    }

    private static CaseFileSection registration(ComplaintState state, Reading reading) {
        Registration r = state.registration();
        Complainant c = r.complainant();
        List<CaseFileLine> lines = new ArrayList<>();
        lines.add(CaseFileLine.of("complaint", state.id().value()));
        lines.add(CaseFileLine.of("status", state.status().name()));
        lines.add(CaseFileLine.of("received", reading.time(r.receivedAt())));
        lines.add(CaseFileLine.of("channel", r.channel().name()));
        lines.add(CaseFileLine.of("receiving unit", r.receivingUnit().value()));
        lines.add(CaseFileLine.of("first-contact owner", r.firstContactOwner().value()));
        lines.add(CaseFileLine.of("customer", c.customer().value()));
        lines.add(CaseFileLine.of("name", c.name().reveal()));
        lines.add(CaseFileLine.of("segment", c.segment().code()));
        lines.add(CaseFileLine.of("vulnerabilities", c.vulnerabilities().isEmpty() ? "none"
                : c.vulnerabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        lines.add(CaseFileLine.of("contact", c.contact() == null ? "none" : c.contact().method().name()
                + (c.contact().address() == null ? "" : " " + c.contact().address().reveal())));
        lines.add(CaseFileLine.of("about", r.subjects().stream().map(CaseFiles::subject)
                .collect(Collectors.joining(", "))));
        lines.add(CaseFileLine.of("forwarded from", r.forwardedFrom() == null ? "came directly"
                : r.forwardedFrom().source().name() + (r.forwardedFrom().externalReference() == null ? ""
                : " " + r.forwardedFrom().externalReference())));
        lines.add(CaseFileLine.of("jurisdiction", r.jurisdiction() == null ? "the bank's home rules" : r.jurisdiction()));
        lines.add(CaseFileLine.of("confidential", r.confidential() ? "yes" : "no"));
        lines.add(CaseFileLine.of("content", r.content().reveal()));
        lines.add(CaseFileLine.of("request", r.request().reveal()));
        return new CaseFileSection(CaseFile.REGISTRATION, List.of("field", "value"), lines);
    }

    private static String subject(ComplaintSubject subject) {
        return subject.kind().name().toLowerCase(Locale.ROOT) + " " + subject.reference();
    }

    private static String actor(Actor actor) {
        return actor.staffId().value() + " (" + actor.unitId().value() + ")";
    }

    private static CaseFileSection clocks(List<ClockState> clocks, Reading reading) {
        List<CaseFileLine> lines = new ArrayList<>();
        for (ClockState clock : clocks) {
            lines.add(CaseFileLine.of(clock.definition().id(), clock.status().name(),
                    clock.deadline() == null ? (clock.beyondHorizon() ? "beyond the calendar's horizon" : "")
                            : reading.time(clock.deadline()) + (clock.provisional() ? " (provisional)" : ""),
                    reading.time(clock.stoppedAt()), clock.definition().description()));
        }
        return new CaseFileSection(CaseFile.CLOCKS, List.of("clock", "status", "deadline", "stopped", "what it measures"),
                lines);
    }

    private static CaseFileSection explanations(List<DeadlineExplanation> explanations) {
        List<CaseFileLine> lines = new ArrayList<>();
        for (DeadlineExplanation explanation : explanations) {
            for (String line : explanation.lines()) {
                lines.add(CaseFileLine.of(explanation.definition().id(), line.strip()));
            }
        }
        return new CaseFileSection(CaseFile.EXPLANATIONS, List.of("clock", "explanation"), lines);
    }

    private static CaseFileSection notices(List<ComplaintEvent> history, Reading reading) {
        List<CaseFileLine> lines = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof NoticeDelivered d) {
                lines.add(CaseFileLine.of(Long.toString(d.sequence()), d.noticeType(), reading.recipient(d.recipient()),
                        d.channel(), "delivered", reading.time(d.sentAt()), reading.text(d.providerReference()),
                        Integer.toString(d.attempts()), d.contentDigest()));
            } else if (event instanceof NoticeFailed f) {
                lines.add(CaseFileLine.of(Long.toString(f.sequence()), f.noticeType(), reading.recipient(f.recipient()),
                        f.channel(), "failed: " + reading.text(f.reason()), reading.time(f.occurredAt()), "",
                        Integer.toString(f.attempt()), ""));
            }
        }
        return new CaseFileSection(CaseFile.NOTICES, List.of("#", "notice", "to", "channel", "outcome", "sent",
                "provider reference", "attempt", "content SHA-256"), lines);
    }

    private static CaseFileSection outbox(List<OutboxEntry> outbox, Reading reading) {
        List<CaseFileLine> lines = new ArrayList<>();
        for (OutboxEntry entry : outbox) {
            lines.add(CaseFileLine.of(entry.dedupeKey(), Long.toString(entry.sourceSequence()),
                    entry.notification().type(), reading.recipient(entry.notification().recipients().get(0)),
                    entry.status().name(), Integer.toString(entry.attempts()), reading.time(entry.createdAt()),
                    reading.time(entry.nextAttemptAt()), reading.text(entry.lastFailure())));
        }
        return new CaseFileSection(CaseFile.OUTBOX, List.of("key", "caused by #", "notice", "to", "status", "attempts",
                "created", "next attempt", "last failure"), lines);
    }


    private static CaseFileSection seals(ChainVerdict verdict, List<ComplaintEvent> history,
                                         Optional<List<EvidenceCheck>> evidence, Reading reading) {
        List<CaseFileLine> lines = new ArrayList<>();
        lines.add(CaseFileLine.of("verdict", verdict.intact() ? "intact" : "NOT intact"));
        lines.add(CaseFileLine.of("events checked", Integer.toString(verdict.eventsChecked())));
        lines.add(CaseFileLine.of("head", "event " + verdict.head().sequence() + ", seal " + verdict.head().seal()));
        verdict.breakFound().ifPresent(b -> lines.add(CaseFileLine.of("first break", "event " + b.sequence() + " "
                + b.kind() + ": " + b.reason())));
        for (Mismatch mismatch : verdict.mismatches()) {
            lines.add(CaseFileLine.of("mismatch", mismatch.kind() + " " + mismatch.subject() + ": " + mismatch.reason()));
        }
        // The seals prove which document was on file; whether it still is, only the evidence store can say.
        long attached = history.stream().filter(EvidenceAttached.class::isInstance).count();
        if (attached > 0 && evidence.isEmpty()) {
            lines.add(CaseFileLine.of("documents", "NOT checked: the engine has no evidence store"));
        } else if (attached > 0) {
            List<EvidenceCheck> checks = evidence.get();
            long differ = checks.stream().filter(c -> c.status() != EvidenceStatus.MATCHES).count();
            lines.add(CaseFileLine.of("documents", differ == 0 ? "all " + checks.size() + " as recorded"
                    : differ + " of " + checks.size() + " NOT as recorded"));
            for (EvidenceCheck check : checks) {
                lines.add(CaseFileLine.of("document #" + check.sequence(), check.status() + ": "
                        + reading.work(check.name()) + ", SHA-256 " + check.recordedSha256()));
            }
        }
        return new CaseFileSection(CaseFile.SEALS, List.of("check", "result"), lines);
    }
}
