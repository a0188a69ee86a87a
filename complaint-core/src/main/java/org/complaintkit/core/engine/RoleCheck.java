package org.complaintkit.core.engine;

import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;

/**
 * The accountability policy's role checks: whoever records a finding or decides a case holds one of the roles the
 * policy names for it. The actor's roles are the organisation directory's where the engine has one
 * ({@link ActorIdentities} resolved the actor against it before any rule runs), else the actor's own.
 */
final class RoleCheck {

    private RoleCheck() {
    }

    /**
     * Refuses an actor holding none of the roles given.
     *
     * @param what what the roles allow, for the message
     */
    static void checkRole(Actor actor, Set<Role> allowed, ErrorCode code, String what) {
        if (actor.roles().stream().noneMatch(allowed::contains)) {
            throw CommandRefusedException.of(code, "actor", what + " needs one of the roles "
                    + allowed.stream().map(Role::code).sorted().collect(Collectors.joining(", "))
                    + "; the actor holds none");
        }
    }
}
