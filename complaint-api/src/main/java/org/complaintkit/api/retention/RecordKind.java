package org.complaintkit.api.retention;

/** The kinds of record a retention policy gives a period to. */
public enum RecordKind {
    /**
     * A complaint's whole file: its sealed history, its index row, its command records and its outbox entries,
     * counted from its closure (the last time it entered a closed status).
     */
    COMPLAINT_FILE("complaint-file"),
    /**
     * An outbox entry whose notice was delivered, counted from the notice's creation. The proof of delivery stays in
     * the complaint's history ({@code NoticeDelivered}); the entry is only the dispatcher's work item.
     */
    DELIVERED_NOTICE("delivered-notice"),
    /** An outbox entry that failed as often as the retry policy allows (a dead letter), counted from its creation. */
    DEAD_NOTICE("dead-notice"),
    /**
     * An idempotency record, counted from when its command was applied. While it is kept, a resend with the same key
     * replays the first result; after it is purged, the same key is new again, so its period bounds how long a client
     * may resend.
     */
    COMMAND_RECORD("command-record");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    /**
     * Returns the kind's name in a retention file, such as {@code complaint-file}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
