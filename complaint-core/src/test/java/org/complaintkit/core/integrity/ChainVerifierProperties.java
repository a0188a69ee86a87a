package org.complaintkit.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.SealedEvent;

/**
 * Whatever one edit is made to whatever event of a history, the verifier reports that event, by number and
 * kind, as the first break; an untouched history is intact.
 */
class ChainVerifierProperties {

    enum Edit { ALTER_CONTENT, ALTER_SEAL, REMOVE, SWAP_WITH_NEXT, RESEAL_WITHOUT_KEY }

    /** Edits to what a store that keeps text holds: the text itself, or a column beside it. */
    enum TextEdit { ADD_MEMBER, ADD_MEMBER_AND_RESEAL_WITHOUT_KEY, ALTER_TYPE_COLUMN }

    private static final EventSealer KEYED = EventSealer.hmacSha256(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31, 32});

    /** A complaint under investigation, then a run of side commands chosen by the numbers given. */
    private static ComplaintId history(InMemoryComplaintStore store, List<Integer> moves, EventSealer sealer) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .sealer(sealer).historyCache(moves.size() % 2 == 0 ? 16 : 0).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        List<CommandType> steps = new ArrayList<>(List.of(CommandType.ACCEPT, CommandType.ASSIGN,
                CommandType.START_INVESTIGATION));
        boolean paused = false;
        for (int move : moves) {
            switch (move) {
                case 0 -> {
                    steps.add(paused ? CommandType.RESUME : CommandType.PAUSE);
                    paused = !paused;
                }
                default -> steps.add(CommandType.RECORD_NEW_FACTS);
            }
        }
        for (CommandType type : steps) {
            clock.advance(Duration.ofMinutes(7));
            engine.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
        return id;
    }

    @Provide
    Arbitrary<List<Integer>> moves() {
        return Arbitraries.integers().between(0, 1).list().ofMaxSize(12);
    }

    @Property(tries = 200)
    void an_untouched_history_is_intact_under_either_sealer(@ForAll("moves") List<Integer> moves,
                                                            @ForAll boolean keyed) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        EventSealer sealer = keyed ? KEYED : EventSealer.sha256();
        ComplaintId id = history(store, moves, sealer);
        ChainVerdict verdict = new ChainVerifier(store, sealer).verify(id);
        assertTrue(verdict.intact(), () -> verdict.firstBreak().reason());
        assertEquals(store.load(id).size(), verdict.eventsChecked());
        assertEquals(verdict.head(), new ChainVerifier(store, sealer).verify(id, verdict.head()).head());
    }

    @Property(tries = 500)
    void one_edit_anywhere_is_reported_at_the_event_edited(@ForAll("moves") List<Integer> moves,
                                                          @ForAll Edit edit,
                                                          @ForAll @IntRange(min = 0, max = 1_000) int where) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintId id = history(store, moves, KEYED);
        int size = store.load(id).size();
        boolean needsNext = edit == Edit.REMOVE || edit == Edit.SWAP_WITH_NEXT;
        int at = where % (needsNext ? size - 1 : size);
        ChainVerdict verdict = new ChainVerifier(Tampering.edited(store, rows -> apply(edit, rows, at)), KEYED)
                .verify(id);
        BreakKind expected = switch (edit) {
            case ALTER_CONTENT, ALTER_SEAL, RESEAL_WITHOUT_KEY -> BreakKind.ALTERED;
            case REMOVE -> BreakKind.MISSING;
            case SWAP_WITH_NEXT -> BreakKind.REORDERED;
        };
        assertEquals(expected, verdict.firstBreak().kind(), verdict.firstBreak()::reason);
        assertEquals(at + 1, verdict.firstBreak().sequence());
        assertEquals(at + 1, verdict.eventsChecked());
    }

    @Property(tries = 200)
    void one_edit_to_stored_text_or_a_column_beside_it_is_reported_at_the_event_edited(
            @ForAll("moves") List<Integer> moves, @ForAll TextEdit edit, @ForAll @IntRange(min = 0, max = 1_000) int where) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintId id = history(store, moves, KEYED);
        int at = where % store.load(id).size();
        assertTrue(new ChainVerifier(Tampering.edited(store, Tampering::withText), KEYED).verify(id).intact());
        ChainVerdict verdict = new ChainVerifier(Tampering.edited(store, rows -> {
            Tampering.withText(rows);
            return switch (edit) {
                case ADD_MEMBER -> Tampering.addMember(rows, at);
                case ADD_MEMBER_AND_RESEAL_WITHOUT_KEY -> Tampering.addMemberAndReseal(rows, at);
                case ALTER_TYPE_COLUMN -> Tampering.alterTypeColumn(rows, at);
            };
        }), KEYED).verify(id);
        assertEquals(edit == TextEdit.ALTER_TYPE_COLUMN ? BreakKind.COLUMN_ALTERED : BreakKind.ALTERED,
                verdict.firstBreak().kind(), verdict.firstBreak()::reason);
        assertEquals(at + 1, verdict.firstBreak().sequence());
    }

    private static List<SealedEvent> apply(Edit edit, List<SealedEvent> rows, int at) {
        return switch (edit) {
            case ALTER_CONTENT -> Tampering.alterContent(rows, at);
            case ALTER_SEAL -> Tampering.alterSeal(rows, at);
            case REMOVE -> Tampering.remove(rows, at);
            case SWAP_WITH_NEXT -> Tampering.swapWithNext(rows, at);
            case RESEAL_WITHOUT_KEY -> Tampering.alterAndReseal(rows, at);
        };
    }
}
