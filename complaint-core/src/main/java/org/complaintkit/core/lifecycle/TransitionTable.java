package org.complaintkit.core.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * The lifecycle held as data: which command may move a complaint from which status to which, under
 * which guards. The engine enforces it, {@link LifecycleDiagram} draws it, and {@link #builder} checks
 * it when it is built: every status is reachable from the initial status, every status can reach an
 * end (a status that is not {@link ComplaintStatus#isOpen() open}), and every command type but
 * {@link CommandType#REGISTER} appears.
 *
 * <p>Lookup is by array index on status and command type, so deciding a command costs a few array
 * reads plus its guards. The answers that do not depend on the complaint are built once, with the table: the
 * refusal of a command a status has no row for, each row's {@link TransitionChoice.Allowed}, and each guard's
 * violation; so {@link #choose} allocates nothing for an allowed command or an illegal one.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransitionTable {
    private static final int COMMANDS = CommandType.values().length;

    private final ComplaintStatus initial;
    private final List<Transition> transitions;
    private final Transition[][] byCell;
    /** Per cell, per row: the answer that allows it. */
    private final TransitionChoice.Allowed[][] allowedByCell;
    /** Per cell: the refusal when the cell has no row (ILLEGAL_TRANSITION), else null. */
    private final TransitionChoice.Refused[] illegalByCell;
    /** Per cell, per row, per guard: the violation the guard's failure reports. */
    private final Violation[][][] guardFailures;

    private TransitionTable(ComplaintStatus initial, List<Transition> transitions) {
        this.initial = initial;
        this.transitions = List.copyOf(transitions);
        List<List<Transition>> cells = new ArrayList<>();
        for (int i = 0; i < ComplaintStatus.values().length * COMMANDS; i++) {
            cells.add(new ArrayList<>());
        }
        for (Transition t : transitions) {
            cells.get(cell(t.from(), t.command())).add(t);
        }
        this.byCell = new Transition[cells.size()][];
        this.allowedByCell = new TransitionChoice.Allowed[cells.size()][];
        this.illegalByCell = new TransitionChoice.Refused[cells.size()];
        this.guardFailures = new Violation[cells.size()][][];
        for (int i = 0; i < cells.size(); i++) {
            Transition[] rows = cells.get(i).toArray(new Transition[0]);
            byCell[i] = rows;
            allowedByCell[i] = new TransitionChoice.Allowed[rows.length];
            guardFailures[i] = new Violation[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                allowedByCell[i][r] = new TransitionChoice.Allowed(rows[r]);
                List<Guard> guards = rows[r].guards();
                guardFailures[i][r] = new Violation[guards.size()];
                for (int g = 0; g < guards.size(); g++) {
                    guardFailures[i][r][g] = new Violation(guards.get(g).refusal(), "", rows[r].command().label()
                            + " in status " + rows[r].from() + ": " + guards.get(g).refusal().meaning());
                }
            }
        }
        for (ComplaintStatus from : ComplaintStatus.values()) {
            for (CommandType command : CommandType.values()) {
                int cell = cell(from, command);
                if (byCell[cell].length == 0) {
                    illegalByCell[cell] = new TransitionChoice.Refused(List.of(new Violation(
                            ErrorCode.ILLEGAL_TRANSITION, "", command.label() + " is not allowed in status " + from)));
                }
            }
        }
    }

    private static int cell(ComplaintStatus from, CommandType command) {
        return from.ordinal() * COMMANDS + command.ordinal();
    }

    /**
     * Starts a table whose complaints begin in the given status (the target of registration).
     *
     * @param initial the status of a newly registered complaint
     * @return a builder
     */
    public static Builder builder(ComplaintStatus initial) {
        return new Builder(initial);
    }

    /**
     * Returns the status a newly registered complaint has.
     *
     * @return the initial status
     */
    public ComplaintStatus initial() {
        return initial;
    }

    /**
     * Returns every row in the order they were declared.
     *
     * @return the transitions
     */
    public List<Transition> transitions() {
        return transitions;
    }

    /**
     * Returns the rows for a status and command type, in declaration order.
     *
     * @param from the status
     * @param command the command type
     * @return the candidate transitions; empty if the command is not allowed in the status
     */
    public List<Transition> candidates(ComplaintStatus from, CommandType command) {
        return List.of(byCell[cell(from, command)]);
    }

    /**
     * Tells whether a command type has any row in a status (guards aside).
     *
     * @param from the status
     * @param command the command type
     * @return true if some row exists
     */
    public boolean allows(ComplaintStatus from, CommandType command) {
        return byCell[cell(from, command)].length > 0;
    }

    /**
     * Chooses the transition for a command: the first row, in declaration order, all of whose guards
     * hold.
     *
     * @param context the complaint, command, time and rules
     * @return the transition to take
     * @throws CommandRefusedException coded {@link ErrorCode#ILLEGAL_TRANSITION} naming the status and
     *     the command if no row exists, or, if rows exist but none holds, carrying the code of each guard that
     *     failed on the rows nearest to holding (those with the fewest failed guards), each once
     */
    public Transition decide(GuardContext context) {
        return choose(context).orThrow();
    }

    /**
     * Chooses the transition for a command as {@link #decide} does, but answers a refusal as a value rather than
     * throwing it: for a caller that acts on a refusal without needing an exception (the engine throws it to its
     * own caller, a benchmark or a screen asking "may I?" need not). The refusal of a command the status has no
     * row for is built once with the table and shared, so refusing one allocates nothing.
     *
     * @param context the complaint, command, time and rules
     * @return the transition allowed, or the violations refusing the command, as {@link #decide} reports them
     */
    public TransitionChoice choose(GuardContext context) {
        int cell = cell(context.state().status(), context.command().type());
        Transition[] rows = byCell[cell];
        if (rows.length == 0) {
            return illegalByCell[cell];
        }
        for (int r = 0; r < rows.length; r++) {
            if (holdsAll(rows[r], context)) {
                return allowedByCell[cell][r];
            }
        }
        // No row holds: say which guards failed on the rows nearest to holding (fewest guards failed), each once. A
        // guard that only routes between rows (such as "further approval steps remain") is then not reported when
        // the refusal lies elsewhere.
        List<List<Violation>> byRow = new ArrayList<>(rows.length);
        int fewest = Integer.MAX_VALUE;
        for (int r = 0; r < rows.length; r++) {
            List<Violation> failed = failedGuards(rows[r], guardFailures[cell][r], context);
            byRow.add(failed);
            fewest = Math.min(fewest, failed.size());
        }
        Set<Violation> failures = new LinkedHashSet<>();
        for (List<Violation> failed : byRow) {
            if (failed.size() == fewest) {
                failures.addAll(failed);
            }
        }
        return new TransitionChoice.Refused(List.copyOf(failures));
    }

    /** Whether every guard of a row holds: the common case, checked without allocating. */
    private static boolean holdsAll(Transition row, GuardContext context) {
        List<Guard> guards = row.guards();
        for (int i = 0; i < guards.size(); i++) {
            if (!guards.get(i).holds(context)) {
                return false;
            }
        }
        return true;
    }

    private static List<Violation> failedGuards(Transition row, Violation[] violations, GuardContext context) {
        List<Violation> failed = List.of();
        List<Guard> guards = row.guards();
        for (int g = 0; g < guards.size(); g++) {
            if (!guards.get(g).holds(context)) {
                if (failed.isEmpty()) {
                    failed = new ArrayList<>();
                }
                failed.add(violations[g]);
            }
        }
        return failed;
    }

    /** Declares the rows of a {@link TransitionTable}; not thread-safe. */
    public static final class Builder {
        private final ComplaintStatus initial;
        private final List<Transition> rows = new ArrayList<>();

        private Builder(ComplaintStatus initial) {
            this.initial = initial;
        }

        /**
         * Adds an unguarded row.
         *
         * @param from the status before
         * @param command the command type
         * @param to the status after
         * @return this builder
         */
        public Builder allow(ComplaintStatus from, CommandType command, ComplaintStatus to) {
            return allow(from, command, to, List.of());
        }

        /**
         * Adds a guarded row.
         *
         * @param from the status before
         * @param command the command type
         * @param to the status after
         * @param guards the guards, all of which must hold
         * @return this builder
         */
        public Builder allow(ComplaintStatus from, CommandType command, ComplaintStatus to, List<Guard> guards) {
            rows.add(new Transition(from, command, to, guards));
            return this;
        }

        /**
         * Adds the same unguarded self-transition ("stays in its status") in each given status.
         *
         * @param command the command type
         * @param statuses the statuses in which it is allowed
         * @return this builder
         */
        public Builder allowInPlace(CommandType command, Set<ComplaintStatus> statuses) {
            for (ComplaintStatus status : EnumSet.copyOf(statuses)) {
                allow(status, command, status);
            }
            return this;
        }

        /**
         * Adds the same unguarded row from each given status to one target.
         *
         * @param command the command type
         * @param statuses the statuses in which it is allowed
         * @param to the status after
         * @return this builder
         */
        public Builder allowFrom(CommandType command, Set<ComplaintStatus> statuses, ComplaintStatus to) {
            return allowFrom(command, statuses, to, List.of());
        }

        /**
         * Adds the same guarded row from each given status to one target.
         *
         * @param command the command type
         * @param statuses the statuses in which it is allowed
         * @param to the status after
         * @param guards the guards, all of which must hold
         * @return this builder
         */
        public Builder allowFrom(CommandType command, Set<ComplaintStatus> statuses, ComplaintStatus to,
                                 List<Guard> guards) {
            for (ComplaintStatus status : EnumSet.copyOf(statuses)) {
                allow(status, command, to, guards);
            }
            return this;
        }

        /**
         * Checks and builds the table.
         *
         * @return the table
         * @throws ConfigurationException coded {@link ErrorCode#INVALID_LIFECYCLE} listing every problem
         */
        public TransitionTable build() {
            List<Violation> problems = new ArrayList<>();
            Set<ComplaintStatus> reachable = reach(initial);
            for (ComplaintStatus status : ComplaintStatus.values()) {
                if (!reachable.contains(status)) {
                    problems.add(problem(status, "is unreachable from " + initial));
                } else if (Collections.disjoint(reach(status), ends())) {
                    problems.add(problem(status, "cannot reach an end status"));
                }
            }
            EnumSet<CommandType> used = EnumSet.noneOf(CommandType.class);
            rows.forEach(t -> used.add(t.command()));
            for (CommandType type : CommandType.values()) {
                if (type != CommandType.REGISTER && !used.contains(type)) {
                    problems.add(new Violation(ErrorCode.INVALID_LIFECYCLE, type.name(), "appears in no transition"));
                }
                if (type == CommandType.REGISTER && used.contains(type)) {
                    problems.add(new Violation(ErrorCode.INVALID_LIFECYCLE, type.name(),
                            "creates complaints and cannot be a transition"));
                }
            }
            for (ComplaintStatus status : ComplaintStatus.values()) {
                for (CommandType type : CommandType.values()) {
                    List<Transition> cell = rows.stream().filter(t -> t.from() == status && t.command() == type).toList();
                    for (int i = 0; i < cell.size() - 1; i++) {
                        if (!cell.get(i).isGuarded()) {
                            problems.add(problem(status, type.label() + " has an unguarded row that hides later rows"));
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ConfigurationException(problems);
            }
            return new TransitionTable(initial, rows);
        }

        private static Violation problem(ComplaintStatus status, String message) {
            return new Violation(ErrorCode.INVALID_LIFECYCLE, status.name(), message);
        }

        private static Set<ComplaintStatus> ends() {
            EnumSet<ComplaintStatus> ends = EnumSet.noneOf(ComplaintStatus.class);
            for (ComplaintStatus s : ComplaintStatus.values()) {
                if (!s.isOpen()) {
                    ends.add(s);
                }
            }
            return ends;
        }

        private Set<ComplaintStatus> reach(ComplaintStatus start) {
            EnumSet<ComplaintStatus> seen = EnumSet.of(start);
            Deque<ComplaintStatus> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                ComplaintStatus s = todo.pop();
                for (Transition t : rows) {
                    if (t.from() == s && seen.add(t.to())) {
                        todo.push(t.to());
                    }
                }
            }
            return seen;
        }
    }
}
