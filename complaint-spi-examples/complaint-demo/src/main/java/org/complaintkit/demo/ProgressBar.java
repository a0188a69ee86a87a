package org.complaintkit.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A progress bar over simulated time, redrawn in place with a carriage return. It depends on simulated
 * progress only, so the output stays the same for the same seed.
 */
final class ProgressBar {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private int drawn = -1;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    void show(double share) {
        int filled = (int) Math.round(share * WIDTH);
        int percent = (int) Math.round(share * 100);
        if (percent == drawn) {
            return;
        }
        drawn = percent;
        long minutes = Math.round(share * Duration.ofDays(7L * BankDay.WEEKS).plusHours(10).toMinutes());
        LocalDateTime at = BankDay.GO_LIVE.atTime(8, 0).plusMinutes(minutes);
        out.printf("\r[%s%s] %3d%%  simulated %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                percent, at.toLocalDate());
        out.flush();
    }

    void done() {
        out.println();
    }
}
