package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * The part of a complaint's index row that work queues search: who handles it, who co-handles it, who owns its
 * follow-up, its classes, flags and priority, the references other bodies gave it and the deadlines of its
 * running clocks. The engine derives them from the history at each append, like the rest of the row; a store
 * keeps them so that {@link ComplaintQuery}'s queue conditions need no event read.
 *
 * <p>Immutable and thread-safe. Holds no personal data: ids, codes and instants only.
 *
 * @param handler the staff member handling the complaint, or null before a handler is assigned
 * @param owner the first-contact owner (首问负责人), or null in a row written before the store kept queue facts
 * @param coHandlers the co-handling units of the current assignment; empty if none
 * @param classes the current classes as {@code scheme:code}, overrides applied; empty if never classified
 * @param flags the flags raised (see {@link QueueFlag} for what raises each); empty if none
 * @param priority the classification's priority, or null if never classified
 * @param externalReferences the references other bodies gave the complaint: the forwarding body's reference at
 *     registration and the reference of each external referral; empty if none
 * @param runningClocks each running clock's id with its deadline, as the history last recorded it: a clock whose
 *     last recorded change is a start, resume, restart, extension, recalculation, warning or overdue; a paused,
 *     stopped, met, breached, cancelled or closed clock is not running
 */
public record QueueFacts(StaffId handler, StaffId owner, Set<UnitId> coHandlers, Set<String> classes,
                         Set<QueueFlag> flags, Priority priority, Set<String> externalReferences,
                         Map<String, Instant> runningClocks) {
    /** The longest class code, external reference or clock id a row holds, in characters. */
    public static final int MAX_TEXT = 500;

    /** The facts of a row written before the store kept any: nothing is known. */
    public static final QueueFacts NONE = new QueueFacts(null, null, Set.of(), Set.of(), Set.of(), null, Set.of(),
            Map.of());

    /**
     * Checks and copies the components.
     *
     * @param handler the handler, or null
     * @param owner the first-contact owner, or null
     * @param coHandlers the co-handling units
     * @param classes the classes as {@code scheme:code}, each at most 500 characters
     * @param flags the flags
     * @param priority the priority, or null
     * @param externalReferences the external references, each 1 to 500 characters
     * @param runningClocks the running clocks' deadlines by clock id, each id at most 500 characters
     */
    public QueueFacts {
        coHandlers = Set.copyOf(coHandlers);
        classes = Set.copyOf(classes);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        externalReferences = Set.copyOf(externalReferences);
        runningClocks = Map.copyOf(runningClocks);
        for (String text : classes) {
            checkText(text, "a class");
        }
        for (String text : externalReferences) {
            checkText(text, "an external reference");
        }
        for (String text : runningClocks.keySet()) {
            checkText(text, "a clock id");
        }
    }

    private static void checkText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " in an index row has 1 to " + MAX_TEXT + " characters");
        }
    }

    /**
     * Tells whether a running clock was past its deadline at an instant: its deadline lies before it.
     *
     * @param at the instant
     * @param clockId the clock, or null for any clock
     * @return true if such a clock runs with a deadline before {@code at}
     */
    public boolean overdueAt(Instant at, String clockId) {
        Objects.requireNonNull(at, "at");
        for (Map.Entry<String, Instant> clock : runningClocks.entrySet()) {
            if ((clockId == null || clockId.equals(clock.getKey())) && clock.getValue().isBefore(at)) {
                return true;
            }
        }
        return false;
    }
}
