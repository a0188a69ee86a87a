package org.complaintkit.api.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.complaintkit.api.organisation.StaffId;

/**
 * One remediation action of a root cause (溯源整改): what is to be changed, who owns the change and by when.
 * Its description is kept {@link Sensitive} because it is free text a person typed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the action's identifier within its root cause, for example {@code fix-cutover-script}
 * @param description what is to be done
 * @param owner the staff member who owns the action
 * @param due the day by which it is to be done
 */
public record RemediationAction(
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String id,
        @NotNull Sensitive description,
        @NotNull @Valid StaffId owner,
        @NotNull LocalDate due) {
}
