package org.complaintkit.api.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One sanction of an accountability decision, on one liable staff member or unit. Its detail fits its kind
 * (checked by the engine, {@code CMP-1182}): {@link SanctionKind#BEAR_LOSSES} carries the amount,
 * {@link SanctionKind#PERFORMANCE_DEDUCTION} the percentage (above 0, at most 100), {@link SanctionKind#OTHER} the
 * text; the other kinds carry none.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the text.
 *
 * @param kind the kind
 * @param on the staff member or unit sanctioned
 * @param amount the losses to bear, or null
 * @param percentage the share of performance pay deducted, or null
 * @param text what the measure is, or null
 */
public record Sanction(@NotNull SanctionKind kind, @NotNull @Valid LiableParty on, @Valid Money amount,
                       BigDecimal percentage, Sensitive text) {

    /**
     * Criticism made known (通报批评).
     *
     * @param on who is criticised
     * @return the sanction
     */
    public static Sanction criticism(LiableParty on) {
        return new Sanction(SanctionKind.CRITICISM, on, null, null, null);
    }

    /**
     * Bearing the losses caused to the bank (承担损失).
     *
     * @param on who bears them
     * @param amount the amount
     * @return the sanction
     */
    public static Sanction bearLosses(LiableParty on, Money amount) {
        return new Sanction(SanctionKind.BEAR_LOSSES, on, amount, null, null);
    }

    /**
     * A share of the performance pay or bonus deducted (扣罚绩效工资或奖金).
     *
     * @param on whose pay
     * @param percentage the share, above 0 and at most 100
     * @return the sanction
     */
    public static Sanction performanceDeduction(LiableParty on, BigDecimal percentage) {
        return new Sanction(SanctionKind.PERFORMANCE_DEDUCTION, on, null, percentage, null);
    }

    /**
     * Suspension from duty for training (待岗培训).
     *
     * @param on who is trained
     * @return the sanction
     */
    public static Sanction training(LiableParty on) {
        return new Sanction(SanctionKind.TRAINING, on, null, null, null);
    }

    /**
     * Another measure.
     *
     * @param on on whom
     * @param text what it is
     * @return the sanction
     */
    public static Sanction other(LiableParty on, Sensitive text) {
        return new Sanction(SanctionKind.OTHER, on, null, null, text);
    }

    @Override
    public String toString() {
        return "Sanction[" + kind + " on " + (on == null ? "nobody" : on.label()) + "]";
    }
}
