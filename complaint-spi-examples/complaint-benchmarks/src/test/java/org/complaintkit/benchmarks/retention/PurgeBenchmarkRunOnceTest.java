package org.complaintkit.benchmarks.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.Test;

/**
 * Runs the purge benchmark's code once at a small size, outside JMH, so that a change to the schema, the stored form
 * or the cipher that breaks its fast fill fails the build rather than the next measurement. No timing is asserted.
 */
class PurgeBenchmarkRunOnceTest {
    @Test
    void theFilledCopiesReadAsTheEngineWroteThemAndThePurgeDisposesOfEachByEitherDisposal() {
        assumeTrue(!(PostgresPlatform.onThisMachine() instanceof PostgresPlatform.Verdict.Skip),
                "no embedded PostgreSQL on this machine");
        PurgeBenchmark benchmark = new PurgeBenchmark();
        benchmark.complaints = 45;
        benchmark.batchSize = 7;
        benchmark.start();
        try {
            for (String disposal : new String[] {"delete", "erase"}) {
                benchmark.disposal = disposal;
                benchmark.fill();
                assertEquals(45, benchmark.filled.complaints());
                assertTrue(benchmark.filled.outboxEntries() >= 45 && benchmark.filled.commandRecords() >= 45 * 5,
                        "each copy has its own notices and command records: " + benchmark.filled);
                for (int i : new int[] {0, 21, 44}) {
                    ComplaintId id = ComplaintId.of(ExpiredComplaints.id(i));
                    assertNull(benchmark.engine.verify(id).firstBreak(), id + "'s chain, sealed again, verifies");
                    assertTrue(benchmark.engine.hostReads().history(id).size() > 10, "about ten events each");
                }
                PurgeBenchmark.Rates rates = new PurgeBenchmark.Rates();
                benchmark.purge(rates);
                benchmark.checkLeft();
                assertTrue(rates.complaintsPerSecond > 0 && rates.outboxEntriesPerSecond > 0
                        && rates.commandRecordsPerSecond > 0, disposal);
            }
        } finally {
            benchmark.stop();
        }
    }
}
