package org.complaintkit.api.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.organisation.UnitId;

/**
 * A regulator's order pausing named clocks for a whole class of complaints, as the FCA paused the 8-week
 * final-response clock for motor-finance commission complaints (DISP App 5): the order's reference (such as
 * {@code FCA PS24/1}), its reason, the clocks it pauses and which complaints it covers. Each covered complaint
 * records the pause with the order's reference ({@code ClocksPausedByOrder}) and, when the order is lifted, the
 * resumption ({@code ClocksResumedByOrder}); in between its named clocks do not run, as during an ordinary pause.
 *
 * <p>The selection is a conjunction; an absent condition selects everything: the class ({@code scheme:code}, as
 * the work queue's class condition reads it), the product codes the complaint is about (at least one of them),
 * the unit that received or handles it, and the receipt window.
 *
 * <p>Immutable and thread-safe. The engine checks an order when it is issued and reports every violation at once
 * ({@code CMP-1190}); the constructor only copies the lists, a null list as empty. Write one with
 * {@link #of(String, String, List)} and the {@code with...} methods.
 *
 * @param reference the order's reference, unique among the engine's orders, 1 to 64 characters
 * @param reason why the clocks are paused, for people, 1 to 500 characters
 * @param clockIds the clock definitions the order pauses, at least one
 * @param classCode the class selected, as {@code scheme:code}, or null for any
 * @param products the product codes selected (a complaint about any of them), empty for any
 * @param unit the receiving or handling unit selected, or null for any
 * @param receivedFrom the first receipt instant selected, or null for no bound
 * @param receivedBefore the first receipt instant no longer selected, or null for no bound
 */
public record CohortPauseOrder(String reference, String reason, List<String> clockIds, String classCode,
                               Set<String> products, UnitId unit, Instant receivedFrom, Instant receivedBefore) {

    /**
     * Copies the lists.
     *
     * @param reference the order's reference
     * @param reason why the clocks are paused
     * @param clockIds the clocks paused
     * @param classCode the class selected, or null
     * @param products the product codes selected, empty for any
     * @param unit the unit selected, or null
     * @param receivedFrom the first receipt instant selected, or null
     * @param receivedBefore the first receipt instant not selected, or null
     */
    public CohortPauseOrder {
        // Copies that keep null elements (and read a null list as empty) for the engine's check to report.
        clockIds = clockIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(clockIds));
        products = products == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(products));
    }

    /**
     * An order pausing clocks for every complaint; narrow it with the {@code with...} methods.
     *
     * @param reference the order's reference, such as {@code FCA PS24/1}
     * @param reason why the clocks are paused
     * @param clockIds the clocks paused
     * @return the order
     */
    public static CohortPauseOrder of(String reference, String reason, List<String> clockIds) {
        return new CohortPauseOrder(reference, reason, clockIds, null, Set.of(), null, null, null);
    }

    /**
     * Returns this order restricted to one class.
     *
     * @param scheme the classification scheme
     * @param code the class's code in it
     * @return a copy with the class
     */
    public CohortPauseOrder withClass(String scheme, String code) {
        return new CohortPauseOrder(reference, reason, clockIds, scheme + ":" + code, products, unit, receivedFrom,
                receivedBefore);
    }

    /**
     * Returns this order restricted to complaints about any of some products.
     *
     * @param codes the product codes
     * @return a copy with them
     */
    public CohortPauseOrder withProducts(Set<String> codes) {
        return new CohortPauseOrder(reference, reason, clockIds, classCode, codes, unit, receivedFrom, receivedBefore);
    }

    /**
     * Returns this order restricted to complaints one unit received or handles.
     *
     * @param wanted the unit
     * @return a copy with it
     */
    public CohortPauseOrder withUnit(UnitId wanted) {
        return new CohortPauseOrder(reference, reason, clockIds, classCode, products, wanted, receivedFrom,
                receivedBefore);
    }

    /**
     * Returns this order restricted to complaints received in a window.
     *
     * @param from the first instant included, or null
     * @param before the first instant excluded, or null
     * @return a copy with the window
     */
    public CohortPauseOrder withReceivedBetween(Instant from, Instant before) {
        return new CohortPauseOrder(reference, reason, clockIds, classCode, products, unit, from, before);
    }

    /**
     * Tells whether the order pauses a clock.
     *
     * @param clockId the clock's definition id
     * @return true if the order names it
     */
    public boolean pauses(String clockId) {
        return clockIds.contains(clockId);
    }

    /**
     * Tells whether the order's conditions other than the products hold for a complaint's index facts.
     *
     * @param status the complaint's status
     * @param receivedAt when it was received
     * @param units the units that received or handle it
     * @param classes its classes, as {@code scheme:code}
     * @return true if the class, unit and window conditions hold
     */
    public boolean selects(ComplaintStatus status, Instant receivedAt, Set<UnitId> units, Set<String> classes) {
        Objects.requireNonNull(status, "status");
        return (classCode == null || classes.contains(classCode))
                && (unit == null || units.contains(unit))
                && (receivedFrom == null || !receivedAt.isBefore(receivedFrom))
                && (receivedBefore == null || receivedAt.isBefore(receivedBefore));
    }

    /**
     * Tells whether the product condition holds for the products a complaint is about.
     *
     * @param about the product codes of the complaint's subjects
     * @return true if the order selects any product and the complaint is about one of them
     */
    public boolean selectsProducts(Set<String> about) {
        return products.isEmpty() || about.stream().anyMatch(products::contains);
    }

    @Override
    public String toString() {
        return "CohortPauseOrder[" + reference + ", clocks " + clockIds + "]";
    }
}
