package org.complaintkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.complaintkit.core.integrity.IntegrityReport;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.junit.jupiter.api.Test;

/**
 * The demo's weeks after a go-live (classification, repeats and groups, escalation, urging, extensions,
 * notices and their delivery, sweeps) leave a store whose every index row and undelivered notice is what the
 * sealed histories imply: reconciliation reports nothing an honest run did.
 */
class DemoReconciliationTest {

    @Test
    void an_honest_run_reconciles_without_a_single_mismatch() {
        BankDay.Result result = new BankDay(new InMemoryComplaintStore(), 11, 300).run(share -> { });
        long started = System.nanoTime();
        IntegrityReport report = result.engine().verifyAll(ComplaintQuery.all(500));
        long micros = (System.nanoTime() - started) / 1_000;
        assertTrue(report.intact(), () -> report.broken().size() + " complaints broken, first "
                + report.broken().get(0) + "; mismatches " + report.mismatches());
        assertEquals(result.store().query(ComplaintQuery.all(1_000)).ids().size(), report.complaintsChecked());
        System.out.printf("reconciled %d complaints, %d events, in %d ms (%d us a complaint)%n",
                report.complaintsChecked(), report.eventsChecked(), micros / 1_000,
                micros / Math.max(1, report.complaintsChecked()));
    }
}
