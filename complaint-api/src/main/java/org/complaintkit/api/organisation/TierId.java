package org.complaintkit.api.organisation;

import org.complaintkit.api.error.Checks;

/**
 * The identifier of one tier of a tiered-handling ladder, such as the card centre's agent, customer-care group,
 * customer-service manager and senior manager ("实行分级（座席员、客户关心组、客服经理及高经）、分权限的投诉处理方法",
 * seed 003). Recorded with each hand-up, so a later change of the ladder does not rewrite history.
 *
 * <p>Immutable and thread-safe. Checked on construction: 1 to 64 ASCII letters, digits and {@code . _ : -},
 * starting with a letter or digit.
 *
 * @param value the identifier text
 */
public record TierId(String value) {

    /**
     * Checks the value.
     *
     * @param value the identifier text
     */
    public TierId {
        Checks.identifier(value, "tierId");
    }

    /**
     * Obtains an instance from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws org.complaintkit.api.error.InvalidInputException if the value is not a valid identifier
     */
    public static TierId of(String value) {
        return new TierId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
