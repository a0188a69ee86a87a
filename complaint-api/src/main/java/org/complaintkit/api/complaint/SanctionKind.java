package org.complaintkit.api.complaint;

/**
 * The kinds of sanction an accountability decision imposes (seed 002 第九条(三), 第二篇 三.3, 第四篇).
 */
public enum SanctionKind {
    /** Criticism made known (通报批评). */
    CRITICISM,
    /** Bearing the losses caused to the bank (承担损失), with the amount. */
    BEAR_LOSSES,
    /** A share of the performance pay or bonus deducted (扣罚绩效工资或奖金), with the percentage. */
    PERFORMANCE_DEDUCTION,
    /** Suspension from duty for training (待岗培训). */
    TRAINING,
    /** Any other measure, described in a text. */
    OTHER
}
