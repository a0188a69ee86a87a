package org.complaintkit.api.casework;

/**
 * What a case note records: the investigation steps of seed 000 五.2 ("询问当事人、查阅相关资料、现场勘查") and the
 * handler's own consultations, or anything else kept in the work log (seed 002 第二篇 六.5 "做好工作日志").
 */
public enum NoteKind {
    /** A talk with a party to the complaint (询问当事人); record a transcript as evidence (seed 004 4.2). */
    INTERVIEW,
    /** Records, vouchers or system logs read (查阅相关资料). */
    DOCUMENT_CHECK,
    /** A visit to the place of the events (现场勘查). */
    SITE_VISIT,
    /** A consultation with another department or a colleague inside the bank. */
    INTERNAL_CONSULTATION,
    /** Anything else worth keeping in the work log. */
    OTHER
}
