package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/** Two engines on one store, as two nodes: each one's cached histories go stale when the other writes. */
class HistoryCacheTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final ComplaintEngine nodeA = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).build();
    private final ComplaintEngine nodeB = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).build();

    private ComplaintId underInvestigation() {
        ComplaintId id = nodeA.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : java.util.List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION)) {
            nodeA.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
        return id;
    }

    @Test
    void a_command_allowed_on_a_stale_history_is_decided_again_on_the_store_and_refused() {
        ComplaintId id = underInvestigation();
        nodeA.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));     // A caches PAUSED
        nodeB.execute(Commands.of(CommandType.RESUME, id, Fixtures.HANDLER));    // B resumes: the store moves on
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> nodeA.execute(Commands.of(CommandType.RESUME, id, Fixtures.HANDLER)));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, refused.code(), "investigating now, so nothing to resume");
        assertEquals(ComplaintStatus.INVESTIGATING, nodeA.hostReads().find(id).orElseThrow().status());
    }

    @Test
    void a_command_refused_on_a_stale_history_is_decided_again_on_the_store_and_applied() {
        ComplaintId id = underInvestigation();                                    // A caches INVESTIGATING
        nodeB.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));     // B pauses
        var resumed = nodeA.execute(Commands.of(CommandType.RESUME, id, Fixtures.HANDLER));
        assertEquals(ComplaintStatus.INVESTIGATING, resumed.state().status());
        assertEquals(store.load(id).size(), resumed.state().version(), "appended after B's pause, not over it");
    }

    @Test
    void with_the_cache_off_every_command_reads_the_store() {
        ComplaintEngine uncached = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .historyCache(0).build();
        ComplaintId id = underInvestigation();
        nodeB.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));
        assertEquals(ComplaintStatus.INVESTIGATING,
                uncached.execute(Commands.of(CommandType.RESUME, id, Fixtures.HANDLER)).state().status());
        assertThrows(InvalidInputException.class, () -> ComplaintEngine.builder().historyCache(-1));
    }
}
