package org.complaintkit.core.casefile;

/**
 * A section of the case file that gathers events by what they record, besides the list of every event. An
 * event type joins one by naming it in its entry of {@link EventDescriptions}; no other code knows which
 * types a section holds.
 */
public enum Topic {
    /** Case notes and the work log: interviews, document checks, site visits, consultations; internal reports. */
    NOTES(CaseFile.NOTES),
    /** Each contact with the customer and each attempt, interim replies, promises and return visits. */
    CONTACTS(CaseFile.CONTACTS),
    /** Documents on file, each with its hash. */
    EVIDENCE(CaseFile.EVIDENCE);

    private final String heading;

    Topic(String heading) {
        this.heading = heading;
    }

    /**
     * Returns the heading of the topic's section.
     *
     * @return the heading, in English
     */
    public String heading() {
        return heading;
    }
}
