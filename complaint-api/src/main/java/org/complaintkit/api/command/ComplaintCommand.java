package org.complaintkit.api.command;

import org.complaintkit.api.organisation.Actor;

/**
 * A request to change a complaint. Every command names its {@link #actor()} and an
 * {@link #idempotencyKey()}, is validated as a whole before anything happens, and, when the
 * lifecycle allows it, yields immutable events. A refused command stores nothing.
 *
 * <p>{@link RegisterComplaint} creates a complaint; every other command is a
 * {@link HandlingCommand} on an existing one.
 */
public sealed interface ComplaintCommand permits RegisterComplaint, HandlingCommand {

    /**
     * Returns who performs the command.
     *
     * @return the actor
     */
    Actor actor();

    /**
     * Returns the caller's key for this intended change.
     *
     * @return the idempotency key
     */
    IdempotencyKey idempotencyKey();

    /**
     * Returns the command's type, the column of the lifecycle's transition table.
     *
     * @return the type
     */
    CommandType type();
}
