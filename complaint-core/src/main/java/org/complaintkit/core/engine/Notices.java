package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.notification.NoticePlanner;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * The notices events cause, written to the outbox in the same append as the events: by a {@link NoticePlanner} when
 * notices are on, or {@link #NONE}.
 */
interface Notices {
    /** No notices and no outbox. */
    Notices NONE = new Notices() {
        @Override
        public List<OutboxEntry> plan(ComplaintState after, List<ComplaintEvent> added, Instant now) {
            return List.of();
        }

        @Override
        public Optional<NotificationSetup> setup() {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> derive(ComplaintState after, List<ComplaintEvent> added, String dedupeKey) {
            return Optional.empty();
        }
    };

    /** The outbox entries for events just decided. */
    List<OutboxEntry> plan(ComplaintState after, List<ComplaintEvent> added, Instant now);

    /** The notification setup, if notices are on. */
    Optional<NotificationSetup> setup();

    /**
     * The notice with a key that the first of {@code added} causes in an append ending in state {@code after}, as
     * {@link #plan} derives it; empty if none.
     */
    Optional<Notification> derive(ComplaintState after, List<ComplaintEvent> added, String dedupeKey);

    /** The notices a planner derives. */
    static Notices of(NoticePlanner planner) {
        return new Notices() {
            @Override
            public List<OutboxEntry> plan(ComplaintState after, List<ComplaintEvent> added, Instant now) {
                return planner.plan(after, added, now);
            }

            @Override
            public Optional<NotificationSetup> setup() {
                return Optional.of(planner.setup());
            }

            @Override
            public Optional<Notification> derive(ComplaintState after, List<ComplaintEvent> added, String dedupeKey) {
                return planner.derive(after, added, dedupeKey);
            }
        };
    }
}
