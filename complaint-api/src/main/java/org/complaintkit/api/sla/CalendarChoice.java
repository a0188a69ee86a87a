package org.complaintkit.api.sla;

import org.complaintkit.api.error.Checks;

/**
 * Which business calendar a clock runs on. Every implementation is an immutable record.
 */
public sealed interface CalendarChoice {

    /** The engine's default calendar. */
    CalendarChoice DEFAULT = new Default();

    /** The calendar of the handling unit, once assigned, else of the receiving unit. */
    CalendarChoice HANDLING_UNIT = new HandlingUnit();

    /** The calendar registered for the complaint's jurisdiction. */
    CalendarChoice JURISDICTION = new Jurisdiction();

    /**
     * A fixed calendar, named by id.
     *
     * @param calendarId the calendar's id, as registered with the engine
     * @return the choice
     */
    static CalendarChoice fixed(String calendarId) {
        return new Fixed(calendarId);
    }

    /** The engine's default calendar. */
    record Default() implements CalendarChoice {
    }

    /**
     * The calendar the organisation directory gives for the handling unit once the complaint is
     * assigned, else for the receiving unit; the engine's default when the directory gives none.
     */
    record HandlingUnit() implements CalendarChoice {
    }

    /**
     * The calendar registered for the complaint's jurisdiction, such as {@code GB}; the engine's default
     * when the complaint names none or none is registered.
     */
    record Jurisdiction() implements CalendarChoice {
    }

    /**
     * One calendar, named by id.
     *
     * @param calendarId the calendar's id, as registered with the engine
     */
    record Fixed(String calendarId) implements CalendarChoice {
        /**
         * Checks the id.
         *
         * @param calendarId the calendar's id, as registered with the engine
         */
        public Fixed {
            Checks.identifier(calendarId, "calendarId");
        }
    }
}
