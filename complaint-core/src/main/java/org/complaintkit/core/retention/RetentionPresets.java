package org.complaintkit.core.retention;

import org.complaintkit.api.retention.RetentionPolicy;

/**
 * The shipped retention policies, each read from a retention file of this package ({@link RetentionFile}), so that
 * a host can start from one, change a line and load its own.
 *
 * <p>Each keeps a complaint's file 3 years after closure and then archives and deletes it; delivered outbox entries
 * 90 days (the proof of delivery is in the sealed history, not in the outbox); dead letters a year; command records
 * (idempotency records) 90 days, so a client may resend a command for 90 days and get its first answer. The
 * delivered-notice, dead-notice and command-record periods are the library's choice, not a regulator's: change them
 * to suit, the policy refuses nothing above zero.
 */
public final class RetentionPresets {

    private RetentionPresets() {
    }

    /**
     * Mainland China: complaint files kept 3 years after closure (PBOC 金融消费者权益保护实施办法 (2020)
     * [secondary]; CBIRC Order 2020 No. 3 Art. 28 asks for an archive and names no period), then archived and
     * deleted (PIPL Art. 47). The 3-year floor is refused if a host shortens it.
     *
     * @return the policy, from {@code cn.retention}
     */
    public static RetentionPolicy mainlandChina() {
        return RetentionFile.resource("cn.retention");
    }

    /**
     * United Kingdom: complaint records kept 3 years (FCA DISP 1.9.1R, counted by the rule from receipt; counted here
     * from closure, which is later), then archived and deleted (UK GDPR Art. 17). A firm managing UCITS keeps 5
     * years: raise the complaint file's period and floor to {@code P5Y}.
     *
     * @return the policy, from {@code uk.retention}
     */
    public static RetentionPolicy unitedKingdom() {
        return RetentionFile.resource("uk.retention");
    }
}
