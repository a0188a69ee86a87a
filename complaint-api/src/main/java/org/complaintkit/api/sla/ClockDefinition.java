package org.complaintkit.api.sla;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * One clock a complaint runs against, as data: what starts it, what stops it, which pauses of handling
 * it does not count, its target and the governed extensions of it, the calendar it runs on, when to warn,
 * what a breach does, and whether new facts restart it (CBIRC Art. 18). A complaint carries several
 * independent clocks.
 *
 * <p>Build one with {@link #builder(String)}; every problem is reported at once as a
 * {@link ConfigurationException} coded {@code CMP-4003}. Change a preset's figure with
 * {@link #toBuilder()}.
 *
 * <pre>{@code
 * ClockDefinition decision = ClockDefinition.builder("cbirc.decision")
 *         .description("decide and notify (CBIRC Art. 18)")
 *         .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
 *         .target(new ClockTarget.CalendarDays(15))
 *         .extension(ExtensionTier.of("complex", new ClockTarget.CalendarDays(30)))
 *         .pausesFor(PauseReason.EXTERNAL_APPRAISAL, PauseReason.MEDIATION)
 *         .warnAt(50, 80).restartsOnNewFacts()
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code cbirc.decision}
 * @param description what the clock measures, for people
 * @param purpose a duty of the bank or a window that merely closes
 * @param startsAt the milestone that starts it
 * @param stopsAt the milestones that stop it; a stop at or before the deadline meets the clock
 * @param pausesFor the pause reasons during which it does not run
 * @param target how long it may run before any extension
 * @param extensions the tiers it may be extended to, in order; the last is the cap
 * @param calendar which business calendar it runs on
 * @param warningPercents the shares of the budget, 1 to 99, at which to warn, ascending
 * @param onBreach what its breach does besides being recorded
 * @param restartsOnNewFacts whether new facts restart it from their receipt
 */
public record ClockDefinition(String id, String description, ClockPurpose purpose, Milestone startsAt,
                              Set<Milestone> stopsAt, Set<PauseReason> pausesFor, ClockTarget target,
                              List<ExtensionTier> extensions, CalendarChoice calendar, List<Integer> warningPercents,
                              Set<BreachAction> onBreach, boolean restartsOnNewFacts) {

    /**
     * What separates a clock's id from the number of a later round of it: a duty clock that the answer stops
     * runs again after each re-investigation, from the re-investigation to the next answer, and each round
     * after the first is recorded under its own id, {@code cbirc.decision#2} for the second. A policy's clocks
     * may not use the mark; the engine derives the rounds.
     */
    public static final char ROUND_MARK = '#';

    /**
     * Checks and copies the components.
     *
     * @param id a stable identifier, such as {@code cbirc.decision}
     * @param description what the clock measures, for people
     * @param purpose a duty of the bank or a window that merely closes
     * @param startsAt the milestone that starts it
     * @param stopsAt the milestones that stop it; a stop at or before the deadline meets the clock
     * @param pausesFor the pause reasons during which it does not run
     * @param target how long it may run before any extension
     * @param extensions the tiers it may be extended to, in order; the last is the cap
     * @param calendar which business calendar it runs on
     * @param warningPercents the shares of the budget, 1 to 99, at which to warn, ascending
     * @param onBreach what its breach does besides being recorded
     * @param restartsOnNewFacts whether new facts restart it from their receipt
     * @throws ConfigurationException listing every problem ({@code CMP-4003})
     */
    public ClockDefinition {
        List<Violation> problems = new ArrayList<>();
        String where = id == null ? "clock" : "clock " + id;
        if (id == null || id.isBlank() || !isIdentifier(id)) {
            problems.add(problem("clock.id", "a clock needs an identifier of ASCII letters, digits and . _ : -"));
        }
        if (description == null || description.isBlank()) {
            problems.add(problem("clock.description", where + " needs a description"));
        }
        if (purpose == null) {
            problems.add(problem("clock.purpose", where + " needs a purpose"));
        }
        if (startsAt == null) {
            problems.add(problem("clock.startsAt", where + " needs a start milestone"));
        }
        stopsAt = stopsAt == null || stopsAt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stopsAt));
        if (stopsAt.isEmpty() || stopsAt.contains(startsAt)) {
            problems.add(problem("clock.stopsAt", where + " needs a stop milestone other than its start"));
        }
        pausesFor = pausesFor == null || pausesFor.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pausesFor));
        if (target == null) {
            problems.add(problem("clock.target", where + " needs a target"));
        }
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        Set<String> tierIds = new HashSet<>();
        for (ExtensionTier tier : extensions) {
            if (!tierIds.add(tier.id())) {
                problems.add(problem("clock.extensions", where + " has two extension tiers named " + tier.id()));
            }
        }
        if (calendar == null) {
            problems.add(problem("clock.calendar", where + " needs a calendar choice"));
        }
        warningPercents = warningPercents == null ? List.of() : List.copyOf(warningPercents);
        int previous = 0;
        for (int percent : warningPercents) {
            if (percent <= previous || percent >= 100) {
                problems.add(problem("clock.warningPercents", where + ": warning shares must ascend within 1 to 99"));
                break;
            }
            previous = percent;
        }
        onBreach = onBreach == null || onBreach.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(onBreach));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    /**
     * A duty clock on the default calendar, with no extensions and no breach actions: the short form
     * for tests and simple hosts.
     *
     * @param id a stable identifier
     * @param description what the clock measures, for people
     * @param startsAt the milestone that starts it
     * @param stopsAt the milestones that stop it
     * @param pausesFor the pause reasons during which it does not run
     * @param target how long it may run
     * @param warningPercents the shares of the budget at which to warn, ascending
     * @param restartsOnNewFacts whether new facts restart it from their receipt
     * @throws ConfigurationException listing every problem ({@code CMP-4003})
     */
    public ClockDefinition(String id, String description, Milestone startsAt, Set<Milestone> stopsAt,
                           Set<PauseReason> pausesFor, ClockTarget target, List<Integer> warningPercents,
                           boolean restartsOnNewFacts) {
        this(id, description, ClockPurpose.DUTY, startsAt, stopsAt, pausesFor, target, List.of(),
                CalendarChoice.DEFAULT, warningPercents, Set.of(), restartsOnNewFacts);
    }

    private static boolean isIdentifier(String id) {
        int hash = id.indexOf(ROUND_MARK);
        if (hash >= 0) {
            // A later round of a clock (see ROUND_MARK): the clock's own id, then # and a round from 2.
            String round = id.substring(hash + 1);
            if (!round.matches("[1-9][0-9]{0,3}") || Integer.parseInt(round) < 2) {
                return false;
            }
            id = id.substring(0, hash);
        }
        try {
            Checks.identifier(id, "clock.id");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Violation problem(String path, String message) {
        return new Violation(ErrorCode.INVALID_CONFIGURATION, path, message);
    }

    /**
     * Finds an extension tier by id.
     *
     * @param tierId the tier's id
     * @return the tier, or empty
     */
    public Optional<ExtensionTier> extension(String tierId) {
        return extensions.stream().filter(t -> t.id().equals(tierId)).findFirst();
    }

    /**
     * Returns the target in force at a tier.
     *
     * @param tierId the tier's id, or null for the clock's own target
     * @return the target
     * @throws IllegalArgumentException if the clock has no such tier
     */
    public ClockTarget targetAt(String tierId) {
        if (tierId == null) {
            return target;
        }
        return extension(tierId).map(ExtensionTier::target)
                .orElseThrow(() -> new IllegalArgumentException("clock " + id + " has no tier " + tierId));
    }

    /**
     * Returns a tier's position: 0 for the clock's own target, 1 for the first tier, and so on.
     *
     * @param tierId the tier's id, or null for the clock's own target
     * @return the position, or -1 if the clock has no such tier
     */
    public int rankOf(String tierId) {
        if (tierId == null) {
            return 0;
        }
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).id().equals(tierId)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Starts a builder with this definition's components, to change one figure of a preset.
     *
     * @return a builder holding this definition
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.description = description;
        b.purpose = purpose;
        b.startsAt = startsAt;
        b.stopsAt = EnumSet.noneOf(Milestone.class);
        b.stopsAt.addAll(stopsAt);
        b.pausesFor = EnumSet.noneOf(PauseReason.class);
        b.pausesFor.addAll(pausesFor);
        b.target = target;
        b.extensions = new ArrayList<>(extensions);
        b.calendar = calendar;
        b.warningPercents = new ArrayList<>(warningPercents);
        b.onBreach = EnumSet.noneOf(BreachAction.class);
        b.onBreach.addAll(onBreach);
        b.restartsOnNewFacts = restartsOnNewFacts;
        return b;
    }

    /**
     * Starts a builder. Defaults: a duty, on the default calendar, no pauses, extensions, warnings or
     * breach actions, not restarted by new facts.
     *
     * @param id a stable identifier, such as {@code cbirc.decision}
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link ClockDefinition}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String description;
        private ClockPurpose purpose = ClockPurpose.DUTY;
        private Milestone startsAt;
        private EnumSet<Milestone> stopsAt = EnumSet.noneOf(Milestone.class);
        private EnumSet<PauseReason> pausesFor = EnumSet.noneOf(PauseReason.class);
        private ClockTarget target;
        private List<ExtensionTier> extensions = new ArrayList<>();
        private CalendarChoice calendar = CalendarChoice.DEFAULT;
        private List<Integer> warningPercents = new ArrayList<>();
        private EnumSet<BreachAction> onBreach = EnumSet.noneOf(BreachAction.class);
        private boolean restartsOnNewFacts;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Renames the clock, for a host's variant of a preset.
         *
         * @param newId the new identifier
         * @return this builder
         */
        public Builder id(String newId) {
            this.id = newId;
            return this;
        }

        /**
         * Sets what the clock measures, for people.
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /**
         * Sets whether the clock is a duty or a window.
         *
         * @param value the purpose
         * @return this builder
         */
        public Builder purpose(ClockPurpose value) {
            this.purpose = value;
            return this;
        }

        /**
         * Sets the start milestone.
         *
         * @param milestone the milestone
         * @return this builder
         */
        public Builder startsAt(Milestone milestone) {
            this.startsAt = milestone;
            return this;
        }

        /**
         * Sets the stop milestones, replacing any set before.
         *
         * @param milestones the milestones
         * @return this builder
         */
        public Builder stopsAt(Milestone... milestones) {
            this.stopsAt = EnumSet.noneOf(Milestone.class);
            this.stopsAt.addAll(List.of(milestones));
            return this;
        }

        /**
         * Sets the pause reasons the clock does not count, replacing any set before.
         *
         * @param reasons the reasons
         * @return this builder
         */
        public Builder pausesFor(PauseReason... reasons) {
            this.pausesFor = EnumSet.noneOf(PauseReason.class);
            this.pausesFor.addAll(List.of(reasons));
            return this;
        }

        /**
         * Sets the target before any extension.
         *
         * @param value the target
         * @return this builder
         */
        public Builder target(ClockTarget value) {
            this.target = value;
            return this;
        }

        /**
         * Adds an extension tier after those added before.
         *
         * @param tier the tier
         * @return this builder
         */
        public Builder extension(ExtensionTier tier) {
            this.extensions.add(Objects.requireNonNull(tier, "tier"));
            return this;
        }

        /**
         * Removes every extension tier.
         *
         * @return this builder
         */
        public Builder noExtensions() {
            this.extensions.clear();
            return this;
        }

        /**
         * Sets the calendar the clock runs on.
         *
         * @param choice the choice
         * @return this builder
         */
        public Builder calendar(CalendarChoice choice) {
            this.calendar = choice;
            return this;
        }

        /**
         * Sets the warning shares, replacing any set before.
         *
         * @param percents the shares of the budget, 1 to 99, ascending
         * @return this builder
         */
        public Builder warnAt(int... percents) {
            this.warningPercents = new ArrayList<>();
            for (int p : percents) {
                this.warningPercents.add(p);
            }
            return this;
        }

        /**
         * Sets what a breach does, replacing any set before.
         *
         * @param actions the actions
         * @return this builder
         */
        public Builder onBreach(BreachAction... actions) {
            this.onBreach = EnumSet.noneOf(BreachAction.class);
            this.onBreach.addAll(List.of(actions));
            return this;
        }

        /**
         * Makes new facts restart the clock from their receipt.
         *
         * @return this builder
         */
        public Builder restartsOnNewFacts() {
            return restartsOnNewFacts(true);
        }

        /**
         * Sets whether new facts restart the clock from their receipt.
         *
         * @param value true to restart
         * @return this builder
         */
        public Builder restartsOnNewFacts(boolean value) {
            this.restartsOnNewFacts = value;
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition
         * @throws ConfigurationException listing every problem ({@code CMP-4003})
         */
        public ClockDefinition build() {
            return new ClockDefinition(id, description, purpose, startsAt, stopsAt, pausesFor, target, extensions,
                    calendar, warningPercents, onBreach, restartsOnNewFacts);
        }
    }
}
