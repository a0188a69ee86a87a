package org.complaintkit.core.sla;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.PolicyFacts;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarVersions;
import java.util.IdentityHashMap;
import java.util.function.UnaryOperator;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.Milestone;

/**
 * Everything the SLA clocks run on: the policies and the calendars. A complaint runs every clock of every
 * policy whose condition its facts meet, in policy order; each clock runs on the calendar its definition
 * chooses: the default, a calendar registered by id, the one registered under the complaint's jurisdiction
 * code, or the handling unit's (as the organisation directory names it). A complaint that names no jurisdiction,
 * and a unit the directory gives no calendar, run on the default, so a default is required as soon as there is a
 * clock. A jurisdiction or unit calendar that is named but not registered is an error, never a silent switch to
 * the default: {@link Builder#build()} refuses a policy whose condition names a jurisdiction with no calendar,
 * and a complaint whose jurisdiction or unit names one is refused when its clocks start
 * ({@link ErrorCode#CALENDAR_NOT_REGISTERED}), unless the host opts into the default as a fallback with
 * {@link Builder#fallbackToDefaultCalendar()}.
 *
 * <p>A candidate setup, such as {@code engine.sla().withDefaultCalendar(next)}, is what a recalculation
 * previews and applies.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaSetup {
    private static final SlaSetup NONE = new SlaSetup(List.of(), null, Map.of(), false, PromiseClocks.standard());

    private final List<SlaPolicy> policies;
    private final CalendarVersions defaultCalendar;
    private final Map<String, CalendarVersions> calendars;
    private final boolean fallback;
    private final ClockDefinition promiseClock;

    private SlaSetup(List<SlaPolicy> policies, CalendarVersions defaultCalendar, Map<String, CalendarVersions> calendars,
                     boolean fallback, ClockDefinition promiseClock) {
        this.fallback = fallback;
        this.promiseClock = promiseClock;
        this.policies = List.copyOf(policies);
        this.defaultCalendar = defaultCalendar;
        this.calendars = Map.copyOf(calendars);
    }

    /**
     * The setup without clocks.
     *
     * @return the empty setup
     */
    public static SlaSetup none() {
        return NONE;
    }

    /**
     * Starts a setup.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the policies, in order.
     *
     * @return the policies
     */
    public List<SlaPolicy> policies() {
        return policies;
    }

    /**
     * Returns the default calendar, if set.
     *
     * @return the default calendar's versions
     */
    public Optional<CalendarVersions> defaultCalendar() {
        return Optional.ofNullable(defaultCalendar);
    }

    /**
     * Returns the calendars registered by id.
     *
     * @return the calendars, by id
     */
    public Map<String, CalendarVersions> calendars() {
        return calendars;
    }

    /**
     * Returns the template of the clocks that promises to the customer run ({@link PromiseClocks}): the standard
     * one unless the host set its own.
     *
     * @return the template
     */
    public ClockDefinition promiseClock() {
        return promiseClock;
    }

    /**
     * Tells whether promises to the customer can be timed: their clocks run on a calendar, so the setup needs one.
     *
     * @return true if the setup has a default calendar
     */
    public boolean timesPromises() {
        return defaultCalendar != null;
    }

    /**
     * Tells whether any policy has a clock.
     *
     * @return true if there is no clock at all
     */
    public boolean isEmpty() {
        return policies.stream().allMatch(p -> p.clocks().isEmpty());
    }

    /**
     * Returns the clocks a complaint runs: every clock of every policy its facts meet, in policy order.
     *
     * @param facts the complaint's facts
     * @return the clocks
     */
    public List<ClockDefinition> clocksFor(PolicyFacts facts) {
        List<ClockDefinition> out = new ArrayList<>();
        for (SlaPolicy policy : policies) {
            if (policy.appliesWhen().matches(facts)) {
                out.addAll(policy.clocks());
            }
        }
        return out;
    }

    /**
     * Returns the policy a clock belongs to.
     *
     * @param clockId the clock's id, or the id of a later round of it ({@link ClockRounds})
     * @return the policy, or empty if no policy has the clock
     */
    public Optional<SlaPolicy> policyOf(String clockId) {
        String own = ClockRounds.baseId(clockId);
        return policies.stream().filter(p -> p.clocks().stream().anyMatch(c -> c.id().equals(own))).findFirst();
    }

    /**
     * Tells whether a clock is a window rather than a duty: a period whose end changes which rules apply but
     * is nobody's breach (the customer's review window, say). Statistics leave windows out of breach counts.
     *
     * @param clockId the clock's id
     * @return true if a policy declares the clock a {@link org.complaintkit.api.sla.ClockPurpose#WINDOW};
     *     false for a duty or a clock no policy has
     */
    public boolean isWindow(String clockId) {
        return policyOf(clockId).map(p -> p.clock(ClockRounds.baseId(clockId)).purpose() == ClockPurpose.WINDOW)
                .orElse(false);
    }

    /**
     * Returns the calendar a clock runs on for a complaint.
     *
     * @param clock the clock
     * @param facts the complaint's facts
     * @param unitCalendarId the calendar id of the handling (else receiving) unit, or null if unknown
     * @return the calendar's versions
     * @throws CalendarException coded {@link ErrorCode#CALENDAR_NOT_REGISTERED} if the complaint's jurisdiction or
     *     the unit names a calendar that is not registered, and the setup has no fallback to the default
     */
    public CalendarVersions calendarFor(ClockDefinition clock, PolicyFacts facts, String unitCalendarId) {
        CalendarChoice choice = clock.calendar();
        String id = null;
        String whose = null;
        if (choice instanceof CalendarChoice.Fixed fixed) {
            id = fixed.calendarId();
        } else if (choice instanceof CalendarChoice.Jurisdiction) {
            id = facts.jurisdiction();
            whose = "the complaint's jurisdiction";
        } else if (choice instanceof CalendarChoice.HandlingUnit) {
            id = unitCalendarId;
            whose = "the handling unit";
        }
        CalendarVersions chosen = id == null ? null : calendars.get(id);
        if (chosen == null && id != null && !fallback) {
            throw CalendarException.of(ErrorCode.CALENDAR_NOT_REGISTERED, "calendar", "clock " + clock.id()
                    + " runs on the calendar of " + whose + ", " + id + ", which is not registered; register it, "
                    + "or opt into the default calendar as a fallback");
        }
        return chosen != null ? chosen : defaultCalendar;
    }

    /**
     * Tells whether a clock whose jurisdiction or unit calendar is not registered runs on the default calendar
     * (the host opted into it with {@link Builder#fallbackToDefaultCalendar()}) rather than being refused.
     *
     * @return true if the default is the documented fallback
     */
    public boolean fallsBackToDefaultCalendar() {
        return fallback;
    }

    /**
     * Returns this setup with another default calendar: the candidate of a calendar change.
     *
     * @param versions the new default calendar's versions
     * @return a new setup
     * @throws ConfigurationException if the result is inconsistent
     */
    public SlaSetup withDefaultCalendar(CalendarVersions versions) {
        return toBuilder().defaultCalendar(versions).build();
    }

    /**
     * Returns this setup with a calendar registered, or replaced, under an id.
     *
     * @param id the calendar's id
     * @param versions its versions
     * @return a new setup
     * @throws ConfigurationException if the result is inconsistent
     */
    public SlaSetup withCalendar(String id, CalendarVersions versions) {
        return toBuilder().calendar(id, versions).build();
    }

    /**
     * Returns this setup with a new calendar adopted wherever a calendar runs under an id: the default calendar
     * and every registered calendar whose latest version has that id take the new definition as a new version,
     * from the first day it changes ({@link CalendarVersions#adopt(CalendarDefinition)}). This is the candidate
     * of "adopt next year's calendar": preview it with {@code engine.previewRecalculation(candidate)}, then
     * apply it.
     *
     * @param currentId the id of the calendar now in use, such as {@code CN-mainland}
     * @param next the new definition, such as the official calendar of the next year; it may have another id
     * @return a new setup
     * @throws ConfigurationException coded {@code CMP-4003} if no calendar of the setup has that id
     * @throws org.complaintkit.api.error.CalendarException if the definition does not fit the calendar's history
     */
    public SlaSetup withCalendarAdopted(String currentId, CalendarDefinition next) {
        Objects.requireNonNull(currentId, "currentId");
        Objects.requireNonNull(next, "next");
        Map<CalendarVersions, CalendarVersions> adopted = new IdentityHashMap<>();
        UnaryOperator<CalendarVersions> adopt = v -> v != null
                && v.latest().calendar().definition().id().equals(currentId)
                ? adopted.computeIfAbsent(v, w -> w.adopt(next)) : v;
        Builder b = toBuilder();
        b.defaultCalendar = adopt.apply(defaultCalendar);
        b.calendars.replaceAll((id, v) -> adopt.apply(v));
        if (adopted.isEmpty()) {
            throw new ConfigurationException(List.of(Builder.problem("calendars",
                    "no calendar of the setup is named " + currentId)));
        }
        return b.build();
    }

    /**
     * Returns this setup with other policies: the candidate of a policy change.
     *
     * @param replacement the new policies
     * @return a new setup
     * @throws ConfigurationException if the result is inconsistent
     */
    public SlaSetup withPolicies(List<SlaPolicy> replacement) {
        Builder b = toBuilder();
        b.policies.clear();
        b.policies.addAll(replacement);
        return b.build();
    }

    /**
     * Starts a builder holding this setup.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.policies.addAll(policies);
        b.defaultCalendar = defaultCalendar;
        b.calendars.putAll(calendars);
        b.fallback = fallback;
        b.promiseClock = promiseClock;
        return b;
    }

    /** Builds an {@link SlaSetup}. Not thread-safe. */
    public static final class Builder {
        private final List<SlaPolicy> policies = new ArrayList<>();
        private CalendarVersions defaultCalendar;
        private final Map<String, CalendarVersions> calendars = new LinkedHashMap<>();
        private boolean fallback;
        private ClockDefinition promiseClock = PromiseClocks.standard();

        private Builder() {
        }

        /**
         * Sets the template of the clocks that promises to the customer run: its id, description, stops, pauses,
         * warnings, breach actions and calendar are used, and each promise gives the target (the promised instant).
         * It must start at {@link Milestone#PROMISED}. Default: {@link PromiseClocks#standard()}.
         *
         * @param template the template
         * @return this builder
         */
        public Builder promiseClock(ClockDefinition template) {
            this.promiseClock = Objects.requireNonNull(template, "template");
            return this;
        }

        /**
         * Opts into the default calendar for clocks whose jurisdiction or unit calendar is not registered: a UK
         * complaint on a setup with only a mainland-China default then runs its DISP clocks on the mainland
         * calendar. Off by default, when such a setup is refused at {@link #build()} (for a policy that names the
         * jurisdiction) or the complaint when its clocks start.
         *
         * @return this builder
         */
        public Builder fallbackToDefaultCalendar() {
            this.fallback = true;
            return this;
        }

        /**
         * Adds policies after those added before.
         *
         * @param added the policies
         * @return this builder
         */
        public Builder policies(SlaPolicy... added) {
            policies.addAll(List.of(added));
            return this;
        }

        /**
         * Adds policies after those added before.
         *
         * @param added the policies
         * @return this builder
         */
        public Builder policies(List<SlaPolicy> added) {
            policies.addAll(added);
            return this;
        }

        /**
         * Sets the default calendar.
         *
         * @param versions its versions
         * @return this builder
         */
        public Builder defaultCalendar(CalendarVersions versions) {
            this.defaultCalendar = Objects.requireNonNull(versions, "versions");
            return this;
        }

        /**
         * Sets the default calendar, as a single version.
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder defaultCalendar(BusinessCalendar calendar) {
            return defaultCalendar(CalendarVersions.of(calendar));
        }

        /**
         * Registers a calendar under an id: a unit's calendar id, a jurisdiction code such as {@code GB},
         * or the id a fixed choice names.
         *
         * @param id the id
         * @param versions the calendar's versions
         * @return this builder
         */
        public Builder calendar(String id, CalendarVersions versions) {
            calendars.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(versions, "versions"));
            return this;
        }

        /**
         * Builds the setup.
         *
         * @return the setup
         * @throws ConfigurationException listing every problem: clocks without a default calendar, clock or policy
         *     ids used twice, a fixed calendar that is not registered ({@code CMP-4003}), a policy whose condition
         *     names a jurisdiction with no calendar for clocks that run on the jurisdiction's calendar
         *     ({@code CMP-5010}, unless {@link #fallbackToDefaultCalendar()})
         */
        public SlaSetup build() {
            List<Violation> problems = new ArrayList<>();
            Set<String> clockIds = new HashSet<>();
            Set<String> policyIds = new HashSet<>();
            for (SlaPolicy policy : policies) {
                if (!policyIds.add(policy.id())) {
                    problems.add(problem("policies", "two policies are named " + policy.id()));
                }
                for (ClockDefinition clock : policy.clocks()) {
                    if (ClockRounds.isRound(clock.id())) {
                        problems.add(problem("clocks", "clock " + clock.id() + " of policy " + policy.id()
                                + " carries a round (" + ClockDefinition.ROUND_MARK
                                + "n); the engine derives the rounds after a re-investigation itself"));
                    }
                    if (!clockIds.add(clock.id())) {
                        problems.add(problem("clocks", "two clocks are named " + clock.id()
                                + "; clock ids must be distinct across policies"));
                    }
                    if (clock.calendar() instanceof CalendarChoice.Fixed fixed
                            && !calendars.containsKey(fixed.calendarId())) {
                        problems.add(problem("calendars", "clock " + clock.id() + " runs on calendar "
                                + fixed.calendarId() + ", which is not registered"));
                    }
                    if (clock.calendar() instanceof CalendarChoice.Jurisdiction && !fallback) {
                        for (String jurisdiction : policy.appliesWhen().jurisdictions()) {
                            if (!jurisdiction.equals(PolicyCondition.HOME) && !calendars.containsKey(jurisdiction)) {
                                problems.add(new Violation(ErrorCode.CALENDAR_NOT_REGISTERED, "calendars",
                                        "clock " + clock.id() + " of policy " + policy.id() + " runs on the calendar of "
                                                + "jurisdiction " + jurisdiction + ", which is not registered; "
                                                + "register one under " + jurisdiction
                                                + ", or opt into fallbackToDefaultCalendar()"));
                            }
                        }
                    }
                }
            }
            if (promiseClock.startsAt() != Milestone.PROMISED || ClockRounds.isRound(promiseClock.id())) {
                problems.add(problem("promiseClock", "the clock of a promise starts at PROMISED and carries no round"));
            }
            if (clockIds.contains(promiseClock.id())) {
                problems.add(problem("promiseClock", "a policy's clock is named " + promiseClock.id()
                        + ", the id of the promises' clock"));
            }
            if (!clockIds.isEmpty() && defaultCalendar == null) {
                problems.add(problem("calendar", "clocks need a default business calendar to run on"));
            }
            if (!problems.isEmpty()) {
                throw new ConfigurationException(problems);
            }
            return new SlaSetup(policies, defaultCalendar, calendars, fallback, promiseClock);
        }

        private static Violation problem(String path, String message) {
            return new Violation(ErrorCode.INVALID_CONFIGURATION, path, message);
        }
    }
}
