package org.complaintkit.core.authority;

/**
 * What an emergency-payment cap counts: one payment, every payment on one complaint, or every payment to one
 * customer over a period across all their complaints.
 */
public enum CapScope {
    /** The payment alone. */
    PER_PAYMENT("per payment"),
    /** The payment and every earlier payment on the same complaint. */
    PER_COMPLAINT("per complaint"),
    /** The payment and every earlier payment to the same customer, on any complaint, within the cap's period. */
    PER_CUSTOMER("per customer");

    private final String label;

    CapScope(String label) {
        this.label = label;
    }

    /**
     * Returns the words a refusal names the cap with, such as {@code "per customer"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
