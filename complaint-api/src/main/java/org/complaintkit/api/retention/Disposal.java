package org.complaintkit.api.retention;

/** What the purge does with a record whose retention has run out. */
public enum Disposal {
    /** Delete it. */
    DELETE("delete"),
    /**
     * Hand a complaint's whole file, with its seals, to the host's archive, then delete it from the store. Only for
     * {@link RecordKind#COMPLAINT_FILE}.
     */
    ARCHIVE_THEN_DELETE("archive-then-delete"),
    /** Never purge it; its period must be zero. */
    KEEP_FOREVER("keep-forever");

    private final String label;

    Disposal(String label) {
        this.label = label;
    }

    /**
     * Returns the disposal's name in a retention file, such as {@code archive-then-delete}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
