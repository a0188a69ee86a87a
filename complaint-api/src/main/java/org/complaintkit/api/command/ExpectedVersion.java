package org.complaintkit.api.command;

import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;

/**
 * The version of a complaint a command was decided on: the {@code ComplaintState.version()} the caller's screen
 * showed. Given to {@code ComplaintEngine.execute(command, expected)}, it makes the engine refuse the command with
 * {@link ErrorCode#STALE_VERSION} ({@code CMP-3006}) if the complaint has moved on since, instead of applying a
 * decision taken on what is no longer there. Registration has none: there is no complaint to have seen.
 *
 * <p>Immutable and thread-safe. Checked on construction.
 *
 * @param version the complaint's version, 1 or more (a registered complaint is at version 1)
 */
public record ExpectedVersion(long version) {

    /**
     * Checks the version.
     *
     * @param version the complaint's version
     * @throws InvalidInputException coded {@link ErrorCode#OUT_OF_RANGE} if it is below 1
     */
    public ExpectedVersion {
        if (version < 1) {
            throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "expectedVersion",
                    "a complaint's version is 1 or more, not " + version);
        }
    }

    /**
     * The version a command was decided on.
     *
     * @param version the complaint's version as the caller last read it, 1 or more
     * @return the expected version
     * @throws InvalidInputException coded {@link ErrorCode#OUT_OF_RANGE} if it is below 1
     */
    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(version);
    }
}
