package org.complaintkit.api.complaint;

/**
 * What opens an accountability case (问责) on its own, as seed 002 第二篇 三.3 names them: "凡客户通过总行或其它外部渠道
 * 反映问题、多次投诉或超过时限久拖不决的，分行将予以问责".
 */
public enum AccountabilityTrigger {
    /**
     * The complaint came through the head office or another external channel: forwarded by a superior unit, a
     * regulator, a consumer association, the media or another body.
     */
    EXTERNAL_CHANNEL,
    /** The customer complained again: the classification flags the complaint a repeat, or it is linked as one. */
    REPEAT,
    /** A duty clock of the complaint became overdue or stopped after its deadline (超过时限久拖不决). */
    OVERDUE
}
