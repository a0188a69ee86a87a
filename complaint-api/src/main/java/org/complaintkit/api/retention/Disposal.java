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
    KEEP_FOREVER("keep-forever"),
    /**
     * Erase a complaint's personal data by destroying its key (crypto-shredding), keeping the record, its seals and
     * its facts for reports: the purge executes {@code ErasePersonalData} as the system. Only for
     * {@link RecordKind#COMPLAINT_FILE}, on an engine with a personal-data key store; a complaint whose personal data
     * is plain cannot be erased so and is counted apart, never passed over in silence.
     */
    ERASE_PERSONAL_DATA("erase-personal-data"),
    /**
     * Erase a complaint's personal data where it is encrypted, as {@link #ERASE_PERSONAL_DATA} does, and delete whole
     * (recorded in the ledger as {@link #DELETE}) a complaint whose personal data is plain, such as one registered
     * before the engine had a key store: for a rule that says "erased or deleted". Only for
     * {@link RecordKind#COMPLAINT_FILE}, on an engine with a personal-data key store. The host chooses it by name;
     * {@link #ERASE_PERSONAL_DATA} never deletes.
     */
    ERASE_PERSONAL_DATA_OR_DELETE("erase-personal-data-or-delete");

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

    /**
     * Whether the disposal erases personal data by destroying a key, keeping the record (for a plain complaint
     * under {@link #ERASE_PERSONAL_DATA_OR_DELETE}, deleting it instead).
     *
     * @return true for {@link #ERASE_PERSONAL_DATA} and {@link #ERASE_PERSONAL_DATA_OR_DELETE}
     */
    public boolean erases() {
        return this == ERASE_PERSONAL_DATA || this == ERASE_PERSONAL_DATA_OR_DELETE;
    }
}
