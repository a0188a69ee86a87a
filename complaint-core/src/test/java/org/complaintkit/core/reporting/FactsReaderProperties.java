package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.spi.storage.ReportProjection;

/**
 * The one-pass reader against revision 1's first decoder ({@link RevisionOneReference}): the same facts from
 * every text the codec writes and from texts mangled at random, the same refusals, however full its caches are.
 */
class FactsReaderProperties {
    private static final ComplaintId ID = ComplaintId.of("CMP-20260101-000001");

    @Provide
    Arbitrary<ComplaintFacts> facts() {
        return new ProjectionProperties().facts();
    }

    @Provide
    Arbitrary<List<ComplaintFacts>> scans() {
        return facts().list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 200)
    void aReaderReadsEveryProjectionOfAScanAsTheFirstDecoderDid(@ForAll("scans") List<ComplaintFacts> scan,
                                                                 @ForAll("limits") int cached) {
        FactsReader reader = new FactsReader(cached);
        for (int round = 0; round < 2; round++) {
            for (ComplaintFacts facts : scan) {
                String text = FactsCodec.encode(facts).facts();
                ComplaintFacts read = reader.read(ID, new ReportProjection(FactsCodec.REVISION, text));
                assertEquals(RevisionOneReference.decode(ID, text), read);
                assertEquals(facts, read);
            }
        }
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.of(0, 1, 3, FactsReader.CACHED);
    }

    @Property(tries = 1000)
    void aMangledProjectionReadsAsTheFirstDecoderReadItOrIsRefusedAsItWas(@ForAll("facts") ComplaintFacts facts,
                                                                           @ForAll("edits") List<Edit> edits) {
        StringBuilder text = new StringBuilder(FactsCodec.encode(facts).facts());
        for (Edit edit : edits) {
            int at = Math.min(edit.at(), text.length());
            if (edit.delete() && at < text.length()) {
                text.deleteCharAt(at);
            } else {
                text.insert(at, edit.c());
            }
        }
        String mangled = text.toString();
        if (mangled.isBlank()) {
            return;
        }
        ComplaintFacts expected;
        try {
            expected = RevisionOneReference.decode(ID, mangled);
        } catch (RuntimeException refused) {
            for (FactsReader reader : List.of(new FactsReader(), new FactsReader(0))) {
                StoreException e = assertThrows(StoreException.class,
                        () -> reader.read(ID, new ReportProjection(FactsCodec.REVISION, mangled)));
                assertEquals(ErrorCode.PROJECTION_UNREADABLE, e.code());
            }
            return;
        }
        assertEquals(expected, new FactsReader().read(ID, new ReportProjection(FactsCodec.REVISION, mangled)));
        assertEquals(expected, FactsCodec.decode(ID, new ReportProjection(FactsCodec.REVISION, mangled)));
    }

    /** One edit of a stored text: a character inserted, or the one at a place deleted. */
    record Edit(int at, boolean delete, char c) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.of(true, false),
                Arbitraries.of('|', ',', '=', '%', '~', '.', '0', '1', '7', 'C', 'a', '-', ' ', '+'))
                .as(Edit::new).list().ofMinSize(1).ofMaxSize(3);
    }

    @Example
    void complaintsWithTheSameClassesShareOneImmutableSet() {
        FactsReader reader = new FactsReader();
        ComplaintFacts first = reader.read(ComplaintId.of("C-1"),
                new ReportProjection(FactsCodec.REVISION, ProjectionTest.REVISION_1));
        ComplaintFacts second = reader.read(ComplaintId.of("C-2"),
                new ReportProjection(FactsCodec.REVISION, ProjectionTest.REVISION_1));
        assertSame(first.classes(), second.classes());
        assertSame(first.clocks(), second.clocks());
        assertSame(first.receivingUnit(), second.receivingUnit());
        assertEquals(ComplaintId.of("C-2"), second.id());
        assertThrows(UnsupportedOperationException.class, () -> second.classes().add("cbirc.class:x"));
    }
}
