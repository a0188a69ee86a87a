package org.complaintkit.core.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.event.ComplaintNotAccepted;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.complaint.SubjectKind;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.access.PersonalDataMask;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * Derives the notices of one append: for each new event, each rule it triggers, each recipient of the
 * rule's audiences, one rendered notice in the outbox, keyed
 * {@code <complaint>/<event sequence>/<type>/<recipient key>} so that deriving it again gives the same key.
 *
 * <p>Staff recipients pass the access policy: a recused staff member (the person complained about) is
 * never notified, no one is notified of their own action, and personal data and confidential content are
 * masked for those without the right, as in views: the name, and every free-text parameter (summary, facts,
 * basis, measures, reasons, findings) with the complainant's own name looked for in it. A unit's or role's
 * desk gets the masked form with the content withheld, since anyone may read it. The complainant's own
 * notices are not masked.
 *
 * <p>Before anything is stored every notice is rendered; a notice that lacks required content (a decision
 * without facts, basis or remedies, an extension without reason or new date) refuses the whole append
 * with {@link ErrorCode#NOTICE_INCOMPLETE} ({@code CMP-1108}), naming the notice type and parameter.
 *
 * <p>Immutable and thread-safe.
 */
public final class NoticePlanner {
    private static final String WITHHELD = "[withheld]";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NotificationSetup setup;
    private final AccessPolicy access;
    private final Function<StaffId, Actor> staff;
    private final Function<TierId, Set<Role>> tierRoles;
    private final ZoneId zone;

    /**
     * Creates a planner.
     *
     * @param setup the rules, templates and locales
     * @param access the access policy staff recipients pass
     * @param staff the actor a staff id stands for (unit and roles), for the access policy
     * @param engineZone the engine clock's zone, used when the setup names none
     */
    public NoticePlanner(NotificationSetup setup, AccessPolicy access, Function<StaffId, Actor> staff,
                         ZoneId engineZone) {
        this(setup, access, staff, tier -> Set.of(), engineZone);
    }

    /**
     * Creates a planner that knows the roles of each tier of the engine's tier ladder, for the notice to the tier a
     * complaint is handed up to ({@link Audience#NEXT_TIER}).
     *
     * @param setup the rules, templates and locales
     * @param access the access policy staff recipients pass
     * @param staff the actor a staff id stands for (unit and roles), for the access policy
     * @param tierRoles the roles staff at a tier hold; empty for a tier the engine's ladder does not have
     * @param engineZone the engine clock's zone, used when the setup names none
     */
    public NoticePlanner(NotificationSetup setup, AccessPolicy access, Function<StaffId, Actor> staff,
                         Function<TierId, Set<Role>> tierRoles, ZoneId engineZone) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.access = Objects.requireNonNull(access, "access");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.tierRoles = Objects.requireNonNull(tierRoles, "tierRoles");
        this.zone = setup.zone() != null ? setup.zone() : Objects.requireNonNull(engineZone, "engineZone");
    }

    /**
     * Returns the setup the planner derives from.
     *
     * @return the setup
     */
    public NotificationSetup setup() {
        return setup;
    }

    /**
     * Derives the notices new events cause.
     *
     * @param after the complaint's state after the events
     * @param added the new events, in sequence order
     * @param now the instant of the append
     * @return the new outbox entries, pending and due now
     * @throws InvalidInputException coded {@link ErrorCode#NOTICE_INCOMPLETE} if a notice lacks required content
     */
    public List<OutboxEntry> plan(ComplaintState after, List<ComplaintEvent> added, Instant now) {
        List<OutboxEntry> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (ComplaintEvent event : added) {
            for (NotificationRule rule : setup.rules().triggeredBy(event)) {
                for (Audience audience : rule.audiences()) {
                    for (Recipient recipient : recipients(audience, event, after)) {
                        String key = after.id().value() + "/" + event.sequence() + "/" + rule.type() + "/"
                                + recipient.key();
                        if (keys.contains(key) || !mayReceive(recipient, event, after)) {
                            continue;
                        }
                        keys.add(key);
                        Notification notice = render(rule.type(), recipient, event, added, after, key, problems);
                        if (notice != null) {
                            out.add(OutboxEntry.pending(event.sequence(), notice, now));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    /**
     * Derives again the notice with one dedupe key that one event causes, as {@link #plan} derives it in the
     * append that records the event: for checking a notice in the outbox, where no seal reaches, against the
     * sealed history. Derived with the setup, access policy and directory in force now.
     *
     * @param after the complaint's state after the append that recorded the event
     * @param added the events of that append from the event on, in sequence order, the event first
     * @param dedupeKey the key of the notice
     * @return the notice, or empty if the event causes none with that key (or it would lack required content)
     */
    public Optional<Notification> derive(ComplaintState after, List<ComplaintEvent> added, String dedupeKey) {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        ComplaintEvent event = added.get(0);
        Set<String> keys = new LinkedHashSet<>();
        for (NotificationRule rule : setup.rules().triggeredBy(event)) {
            for (Audience audience : rule.audiences()) {
                for (Recipient recipient : recipients(audience, event, after)) {
                    String key = after.id().value() + "/" + event.sequence() + "/" + rule.type() + "/"
                            + recipient.key();
                    if (keys.contains(key) || !mayReceive(recipient, event, after)) {
                        continue;
                    }
                    keys.add(key);
                    if (key.equals(dedupeKey)) {
                        return Optional.ofNullable(render(rule.type(), recipient, event, added, after, key,
                                new ArrayList<>()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<Recipient> recipients(Audience audience, ComplaintEvent event, ComplaintState state) {
        Registration registration = state.registration();
        return switch (audience) {
            case CUSTOMER -> List.of(Recipient.customer(state.id().value(), customerContact(event, registration)));
            case HANDLER -> state.assignment() == null || state.assignment().handler() == null ? List.of()
                    : List.of(Recipient.staff(state.assignment().handler()));
            case FIRST_CONTACT_OWNER -> List.of(Recipient.staff(registration.firstContactOwner()));
            case HANDLING_UNIT -> List.of(Recipient.unit(state.assignment() != null
                    ? state.assignment().firstResponsible().unit() : registration.receivingUnit()));
            case ESCALATION_TARGET -> event instanceof ComplaintEscalated e ? List.of(Recipient.unit(e.toUnit()))
                    : List.of();
            case URGED_STAFF -> event instanceof HandlerUrged u ? List.of(Recipient.staff(u.urged())) : List.of();
            case FORWARDING_BODY -> event instanceof ForwardingBodyReplied r
                    ? List.of(Recipient.forwardingBody(r.body().name(), r.sentTo())) : List.of();
            case CO_HANDLING_UNITS -> event instanceof ComplaintAssigned a
                    ? a.assignment().coHandlers().stream().map(co -> Recipient.unit(co.unit())).toList() : List.of();
            case RAISED_HEAD -> event instanceof RaisedWithHead r ? List.of(Recipient.staff(r.head())) : List.of();
            case NEXT_TIER -> event instanceof TierRaised t ? tierRoles.apply(t.to()).stream()
                    .sorted(Comparator.comparing(Role::code)).map(Recipient::role).toList() : List.of();
        };
    }

    /**
     * The complainant's contact point, or the channel the event names, with the recorded address when it serves
     * that channel (the same method, or a phone number for an SMS and the other way round).
     */
    private static ContactPoint customerContact(ComplaintEvent event, Registration registration) {
        ContactPoint recorded = registration.complainant().contact();
        ContactMethod method = event instanceof CustomerResponded r ? r.response().via()
                : event instanceof DeadlineExtended d && d.noticeBy() != null ? d.noticeBy() : recorded.method();
        boolean phone = (method == ContactMethod.PHONE || method == ContactMethod.SMS)
                && (recorded.method() == ContactMethod.PHONE || recorded.method() == ContactMethod.SMS);
        return method == recorded.method() ? recorded
                : new ContactPoint(method, phone ? recorded.address() : null);
    }

    private boolean mayReceive(Recipient recipient, ComplaintEvent event, ComplaintState state) {
        if (recipient.kind() == Recipient.Kind.UNIT) {
            return !isComplainedAbout(UnitId.of(recipient.reference()), state);
        }
        if (recipient.kind() != Recipient.Kind.STAFF) {
            return true;
        }
        StaffId id = StaffId.of(recipient.reference());
        if (id.equals(event.actor().staffId())) {
            return false;
        }
        return access.check(staff.apply(id), state, Permission.VIEW).isEmpty();
    }

    /**
     * Whether a unit's desk must not hear of the complaint: the complaint names the unit, or a staff member of it,
     * as its subject (the accused's own desk would tell the accused).
     */
    private boolean isComplainedAbout(UnitId unit, ComplaintState state) {
        for (ComplaintSubject subject : state.registration().subjects()) {
            if (subject.kind() == SubjectKind.UNIT && subject.reference().equals(unit.value())) {
                return true;
            }
            if (subject.staffMember().map(s -> staff.apply(s).unitId().equals(unit)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private Notification render(String type, Recipient recipient, ComplaintEvent event, List<ComplaintEvent> added,
                                ComplaintState state, String key, List<Violation> problems) {
        boolean customer = recipient.kind() == Recipient.Kind.CUSTOMER;
        boolean body = recipient.kind() == Recipient.Kind.FORWARDING_BODY;
        Locale locale = customer ? setup.customerLocale().apply(state.registration()) : setup.staffLocale();
        NoticeTemplate template = setup.templates().find(type, locale).orElse(null);
        if (template == null) {
            problems.add(new Violation(ErrorCode.NOTICE_INCOMPLETE, "notice." + type,
                    "no " + type + " template in " + locale.toLanguageTag()));
            return null;
        }
        ViewRights rights = customer ? ViewRights.FULL : recipient.kind() == Recipient.Kind.STAFF
                ? access.rights(staff.apply(StaffId.of(recipient.reference())), state)
                : body ? forwardingBodyRights(recipient) : ViewRights.MASKED;
        boolean desk = !customer && !body && recipient.kind() != Recipient.Kind.STAFF;
        Map<String, String> parameters = template.withDefaults(parameters(event, added, state, rights, desk, locale));
        NoticeTemplate.Rendered rendered = template.render(parameters);
        if (!rendered.missing().isEmpty()) {
            for (String name : rendered.missing()) {
                problems.add(new Violation(ErrorCode.NOTICE_INCOMPLETE, "notice." + type + "." + name,
                        "the " + type + " notice to the " + (customer ? "customer" : recipient.kind().name().toLowerCase(
                                Locale.ROOT)) + " needs " + name + " (event " + event.sequence() + ")"));
            }
            return null;
        }
        return new Notification(state.id(), type, List.of(recipient), type, parameters, locale, key, rendered.subject(),
                rendered.body());
    }

    private Map<String, String> parameters(ComplaintEvent event, List<ComplaintEvent> added, ComplaintState state,
                                           ViewRights rights, boolean desk, Locale locale) {
        Registration registration = state.registration();
        boolean withhold = desk || (registration.confidential() && !rights.confidentialContent());
        Map<String, String> p = new HashMap<>();
        p.put("complaint", state.id().value());
        p.put("received", registration.receivedAt().atZone(zone).toLocalDate().toString());
        String name = registration.complainant().name().reveal();
        p.put("customer", rights.personalData() ? name : PersonalDataMask.name(name));
        p.put("summary", withhold ? WITHHELD : shown(registration.content().reveal(), name, rights));
        String handler = state.assignment() == null || state.assignment().handler() == null ? "-"
                : state.assignment().handler().value();
        p.put("handler", handler);
        p.put("unit", state.assignment() == null ? registration.receivingUnit().value()
                : state.assignment().firstResponsible().unit().value());
        if (event instanceof CustomerResponded r) {
            p.put("facts", withhold ? WITHHELD : shown(r.response().result().reveal(), name, rights));
            p.put("basis", shown(r.response().basis().reveal(), name, rights));
            p.put("measures", r.response().followUpMeasures() == null ? ""
                    : shown(r.response().followUpMeasures().reveal(), name, rights));
            p.put("via", r.response().via().name().toLowerCase(Locale.ROOT));
        } else if (event instanceof DeadlineExtended d) {
            p.put("reason", shown(d.reason().reveal(), name, rights));
            for (ComplaintEvent other : added) {
                if (other instanceof ClockChanged c && c.change() == ClockChange.EXTENDED && c.clockId().equals(d.clockId())
                        && c.deadline() != null) {
                    p.put("newDeadline", written(c.deadline()));
                }
            }
        } else if (event instanceof ReviewConcluded c) {
            p.put("outcome", c.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            p.put("findings", shown(c.findings().reveal(), name, rights));
        } else if (event instanceof ComplaintAssigned a) {
            p.put("how", label(locale, "assigned"));
            p.put("coHandlers", String.join(", ", a.assignment().coHandlers().stream()
                    .map(co -> co.unit().value()).toList()));
        } else if (event instanceof ComplaintEscalated e) {
            p.put("how", label(locale, "escalated"));
            p.put("unit", e.toUnit().value());
            p.put("fromUnit", e.fromUnit().value());
            p.put("toUnit", e.toUnit().value());
            p.put("trigger", e.trigger().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            p.put("reason", shown(e.reason(), name, rights));
        } else if (event instanceof ClockChanged c) {
            p.put("clock", c.clockId());
            p.put("deadline", c.deadline() == null ? "-" : written(c.deadline()));
        } else if (event instanceof RaisedWithHead r) {
            p.put("owner", r.actor().staffId().value());
            p.put("unit", r.unit().value());
            p.put("note", shown(r.note().reveal(), name, rights));
        } else if (event instanceof TierRaised t) {
            p.put("fromTier", t.from().value());
            p.put("toTier", t.to().value());
            p.put("reason", shown(t.reason().reveal(), name, rights));
        } else if (event instanceof HandlerUrged u) {
            p.put("level", u.level().name().toLowerCase(Locale.ROOT));
            p.put("reason", shown(u.reason(), name, rights));
        } else if (event instanceof ComplaintNotAccepted n) {
            p.put("reason", shown(n.reason().reveal(), name, rights));
        } else if (event instanceof CompletionPromised c) {
            p.put("promisedBy", written(c.promisedBy()));
            p.put("wording", shown(c.wording().reveal(), name, rights));
            if (c.isChange()) {
                p.put("previousPromisedBy", written(c.previousPromisedBy()));
                p.put("reason", shown(c.reason().reveal(), name, rights));
            }
        } else if (event instanceof ForwardingBodyReplied r) {
            p.put("content", shown(r.content().reveal(), name, rights));
            if (r.bodyReference() != null) {
                p.put("bodyReference", r.bodyReference());
            }
        }
        return p;
    }

    /**
     * What a forwarding body may read: the regulator, a superior unit and a consumer association act for the
     * complainant and read the reply as written; the media and any other body get the complainant's name masked,
     * in the parameters and wherever it appears in the reply.
     */
    private static ViewRights forwardingBodyRights(Recipient recipient) {
        ForwardingSource source = ForwardingSource.valueOf(recipient.reference());
        return source == ForwardingSource.MEDIA || source == ForwardingSource.OTHER ? ViewRights.MASKED
                : ViewRights.FULL;
    }

    /** Free text as the recipient may read it: masked, the complainant's own name with it, without the right. */
    private static String shown(String text, String name, ViewRights rights) {
        return rights.personalData() ? text : PersonalDataMask.text(text, name);
    }

    /** A deadline as a reader takes it: the midnight that ends a day is written as that day. */
    private String written(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return at.toLocalDate().minusDays(1).toString();
        }
        return MINUTES.format(at);
    }

    private static String label(Locale locale, String english) {
        if (!locale.getLanguage().equals("zh")) {
            return english;
        }
        boolean traditional = "TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry());
        return english.equals("assigned") ? "分派" : traditional ? "升級" : "升级";
    }
}
