package org.complaintkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.SealedEvent;

/**
 * The in-memory store keeps seals, key versions and command records compactly (as bytes and columns, not as one
 * object and string each); these properties hold that what it gives back is what was written, and that the purge
 * still takes command records oldest first across complaints, by a merge over each complaint's oldest record.
 */
class InMemoryStoreColumnsProperties {

    private static final HexFormat HEX = HexFormat.of();
    private static final CommandType[] TYPES = CommandType.values();

    private record Written(CommandRecord record, Instant appliedAt) {
    }

    private static ComplaintId id(int n) {
        return ComplaintId.of(String.format("C-%06d", n));
    }

    private static String hash(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    @Property(tries = 200)
    void whatAReaderTookStaysAsItWasWhileLaterAppendsFillTheSameArraysAndAStaleAppendLeavesNoTrace(
            @ForAll long seed) {
        // The store appends into spare room of a complaint's arrays (history, seals, command records) rather than
        // copying them; a history, seals or record read earlier must not change, and a refused append must not
        // leave anything a later append would then share.
        Random random = new Random(seed);
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        AppendRequest first = StoreSamples.newComplaint(id(1), "x", "k-0");
        store.append(new AppendRequest(id(1), 0, first.events(), first.index(), first.command(), List.of(),
                List.of(hash(random)), 0));
        List<List<ComplaintEvent>> histories = new ArrayList<>();
        List<List<ComplaintEvent>> copies = new ArrayList<>();
        List<List<SealedEvent>> sealed = new ArrayList<>();
        List<List<SealedEvent>> sealedCopies = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of("k-0"));
        int appends = 1 + random.nextInt(12);
        for (int a = 0; a < appends; a++) {
            List<ComplaintEvent> seen = store.load(id(1));
            histories.add(seen);
            copies.add(List.copyOf(seen));
            List<SealedEvent> seenSealed = store.loadSealed(id(1));
            sealed.add(seenSealed);
            sealedCopies.add(List.copyOf(seenSealed));
            int version = seen.size();
            int count = 1 + random.nextInt(3);
            if (random.nextInt(3) == 0) {
                // A stale append: refused, and nothing of it may reach a later one.
                List<ComplaintEvent> stale = StoreSamples.facts(id(1), version, count, StoreSamples.T0.plusSeconds(a));
                List<String> staleSeals = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    staleSeals.add(hash(random));
                }
                AppendRequest refused = new AppendRequest(id(1), version - 1, stale, first.index(), new CommandRecord(
                        IdempotencyKey.of("stale-" + a), id(1), CommandType.PAUSE, version, version + count - 1,
                        hash(random)), List.of(), staleSeals, 0);
                try {
                    store.append(refused);
                    throw new AssertionError("a stale append was stored");
                } catch (org.complaintkit.api.error.StoreException expected) {
                    // refused, as it must be
                }
            }
            List<ComplaintEvent> events = StoreSamples.facts(id(1), version + 1, count, StoreSamples.T0.plusSeconds(a));
            List<String> these = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                these.add(hash(random));
            }
            String key = "k-" + (a + 1);
            keys.add(key);
            store.append(new AppendRequest(id(1), version, events, first.index(), new CommandRecord(
                    IdempotencyKey.of(key), id(1), TYPES[random.nextInt(TYPES.length)], version + 1, version + count,
                    hash(random)), List.of(), these, random.nextInt(2)));
        }
        for (int i = 0; i < histories.size(); i++) {
            assertEquals(copies.get(i), histories.get(i), "history read before append " + (i + 1));
            assertEquals(copies.get(i).size(), histories.get(i).size());
            assertEquals(sealedCopies.get(i), sealed.get(i), "seals read before append " + (i + 1));
        }
        List<ComplaintEvent> now = store.load(id(1));
        for (int i = 0; i < now.size(); i++) {
            assertEquals(i + 1, now.get(i).sequence(), "the history is numbered without gaps");
        }
        for (String key : keys) {
            assertEquals(true, store.findCommand(IdempotencyKey.of(key)).isPresent(), key);
        }
        for (int a = 0; a < appends; a++) {
            assertEquals(Optional.empty(), store.findCommand(IdempotencyKey.of("stale-" + a)));
        }
    }

    @Property(tries = 200)
    void sealsAndKeyVersionsReadBackAsAppendedWhateverTheMixOfKeysAndUnsealedEvents(@ForAll long seed) {
        Random random = new Random(seed);
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        AppendRequest first = StoreSamples.newComplaint(id(1), "x", "k-0");
        List<String> seals = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        int version = random.nextInt(3);
        String seal = random.nextInt(4) == 0 ? null : hash(random);
        store.append(new AppendRequest(id(1), 0, first.events(), first.index(), first.command(), List.of(),
                seal == null ? List.of() : List.of(seal), version));
        seals.add(seal);
        versions.add(version);
        int appends = random.nextInt(8);
        for (int a = 0; a < appends; a++) {
            int count = 1 + random.nextInt(3);
            boolean sealed = random.nextInt(4) != 0;
            version = random.nextInt(4) == 0 ? random.nextInt(3) : version;
            List<String> these = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String s = sealed ? hash(random) : null;
                these.add(s);
                seals.add(s);
                versions.add(version);
            }
            List<ComplaintEvent> events = StoreSamples.facts(id(1), seals.size() - count + 1, count,
                    StoreSamples.T0.plusSeconds(a));
            store.append(new AppendRequest(id(1), seals.size() - count, events, first.index(), null, List.of(),
                    sealed ? these : List.of(), version));
        }
        List<SealedEvent> rows = store.loadSealed(id(1));
        assertEquals(seals, rows.stream().map(SealedEvent::seal).toList());
        assertEquals(versions, rows.stream().map(SealedEvent::keyVersion).toList());
    }

    @Property(tries = 200)
    void commandRecordsReadBackAsWrittenAndThePurgeTakesThemOldestFirstAcrossComplaints(@ForAll long seed) {
        Random random = new Random(seed);
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        int complaints = 1 + random.nextInt(4);
        int[] versions = new int[complaints];
        List<Written> written = new ArrayList<>();
        int keys = 0;
        for (int c = 0; c < complaints; c++) {
            String key = "k-" + keys++;
            AppendRequest first = StoreSamples.newComplaint(id(c), "x", key);
            store.append(first);
            versions[c] = 1;
            written.add(new Written(first.command(), StoreSamples.T0));
        }
        int appends = random.nextInt(20);
        for (int a = 0; a < appends; a++) {
            int c = random.nextInt(complaints);
            int count = 1 + random.nextInt(2);
            // times go back as well as forward (a host's clock may), and repeat, so the key breaks ties
            Instant at = StoreSamples.T0.plusSeconds(random.nextInt(10) - 3);
            List<ComplaintEvent> events = StoreSamples.facts(id(c), versions[c] + 1L, count, at);
            CommandRecord record = random.nextInt(5) == 0 ? null : new CommandRecord(
                    IdempotencyKey.of("k-" + random.nextInt(1000) + "-" + keys++), id(c),
                    TYPES[random.nextInt(TYPES.length)], versions[c] + 1L, versions[c] + (long) count,
                    random.nextInt(4) == 0 ? CommandRecord.UNKNOWN_FINGERPRINT : hash(random));
            store.append(new AppendRequest(id(c), versions[c], events,
                    StoreSamples.newComplaint(id(c), "x", "unused").index(), record));
            versions[c] += count;
            if (record != null) {
                written.add(new Written(record, at));
            }
        }
        for (Written w : written) {
            assertEquals(Optional.of(w.record()), store.findCommand(w.record().key()));
        }
        List<Written> expected = new ArrayList<>(written);
        expected.sort(Comparator.comparing(Written::appliedAt).thenComparing(w -> w.record().key().value()));
        Instant by = StoreSamples.T0.plusSeconds(random.nextInt(10) - 3);
        long due = expected.stream().filter(w -> !w.appliedAt().isAfter(by)).count();
        assertEquals(due, store.countCommands(by));
        Map<IdempotencyKey, Boolean> purged = new HashMap<>();
        int done = 0;
        while (done < due) {
            int batch = 1 + random.nextInt(3);
            int deleted = store.purgeCommands(by, batch);
            assertEquals(Math.min(batch, due - done), deleted, "a batch takes as many as are due, up to its limit");
            for (int i = done; i < done + deleted; i++) {
                purged.put(expected.get(i).record().key(), true);
            }
            done += deleted;
            for (Written w : written) {
                assertEquals(purged.containsKey(w.record().key()) ? Optional.empty() : Optional.of(w.record()),
                        store.findCommand(w.record().key()), "the oldest first are gone, the rest kept as written");
            }
        }
        assertEquals(0, store.purgeCommands(by, 5));
        assertEquals(0, store.countCommands(by));
    }
}
