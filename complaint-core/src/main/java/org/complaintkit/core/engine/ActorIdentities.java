package org.complaintkit.core.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who acts, as the engine establishes it rather than as the caller claims it ({@link IdentityRule}). Without an
 * organisation directory the host vouches for every actor's unit and roles, and only the system role is kept for
 * the engine's own components; with one, each actor is resolved in it when the command is run: an unknown,
 * inactive or mismatching actor is refused, and the actor the engine acts for carries the directory's unit and
 * roles. Thread-safe if the directory is.
 */
final class ActorIdentities {
    private static final Logger LOG = LoggerFactory.getLogger(ActorIdentities.class);
    private static final String SYSTEM_PREFIX = "system:";

    private final OrganisationDirectory directory;

    private ActorIdentities(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /**
     * The identities of an engine: resolved in the directory, or vouched for by the host if there is none (said
     * once, in the log, when the engine is built).
     */
    static ActorIdentities of(OrganisationDirectory directory) {
        if (directory == null) {
            LOG.info("no organisation directory: the host vouches for the unit and roles of every actor it passes"
                    + " (only the system role is refused); configure organisation(...) to have them resolved");
        }
        return new ActorIdentities(directory);
    }

    /** Whether actors are resolved in a directory. */
    boolean resolves() {
        return directory != null;
    }

    /**
     * The actor the engine acts for: the claim checked against every {@link IdentityRule}, with the directory's
     * unit and roles where there is a directory.
     *
     * @throws CommandRefusedException listing every rule the claim fails
     */
    Actor resolve(Actor claimed) {
        List<Violation> refusals = new ArrayList<>(2);
        if (claimed.roles().contains(Role.SYSTEM) || claimed.unitId().equals(Actor.SYSTEM_UNIT)
                || claimed.staffId().value().startsWith(SYSTEM_PREFIX)) {
            refusals.add(refusal(IdentityRule.NOT_A_SYSTEM_ACTOR, "the system role, unit and ids are the engine's own;"
                    + " act as a staff member"));
        }
        if (directory == null) {
            if (!refusals.isEmpty()) {
                throw new CommandRefusedException(refusals);
            }
            return claimed;
        }
        Optional<StaffMember> found = directory.staff(claimed.staffId());
        if (found.isEmpty()) {
            refusals.add(refusal(IdentityRule.KNOWN_TO_THE_DIRECTORY, "staff member " + claimed.staffId().value()
                    + " is not in the organisation directory"));
            throw new CommandRefusedException(refusals);
        }
        StaffMember member = found.get();
        if (!member.active()) {
            refusals.add(refusal(IdentityRule.ACTIVE, "staff member " + claimed.staffId().value()
                    + " is not active; their deputy acts for them"));
        }
        if (!member.unit().equals(claimed.unitId())) {
            refusals.add(refusal(IdentityRule.UNIT_AS_IN_THE_DIRECTORY, "staff member " + claimed.staffId().value()
                    + " belongs to unit " + member.unit().value() + ", not " + claimed.unitId().value()));
        }
        List<String> notHeld = claimed.roles().stream().filter(r -> !member.roles().contains(r))
                .map(Role::code).sorted().toList();
        if (!notHeld.isEmpty()) {
            refusals.add(refusal(IdentityRule.ROLES_HELD, "staff member " + claimed.staffId().value()
                    + " does not hold " + String.join(", ", notHeld) + " in the directory"));
        }
        if (!refusals.isEmpty()) {
            throw new CommandRefusedException(refusals);
        }
        Actor resolved = new Actor(member.id(), member.unit(), member.roles());
        return resolved.equals(claimed) ? claimed : resolved;
    }

    /** The command with its actor replaced by the resolved one; the same command if nothing changed. */
    static <C extends ComplaintCommand> C withActor(C command, Actor actor) {
        if (command.actor().equals(actor)) {
            return command;
        }
        return ActorSlot.of(command.getClass()).replace(command, actor);
    }

    private static Violation refusal(IdentityRule rule, String message) {
        return new Violation(rule.code(), "actor", message + " (" + rule.label() + ")");
    }

    /** How to rebuild one command record with another actor, found once per command class. */
    private record ActorSlot(MethodHandle constructor, MethodHandle[] accessors, int actorIndex) {
        private static final ClassValue<ActorSlot> SLOTS = new ClassValue<>() {
            @Override
            protected ActorSlot computeValue(Class<?> type) {
                try {
                    RecordComponent[] components = type.getRecordComponents();
                    Class<?>[] types = new Class<?>[components.length];
                    MethodHandle[] accessors = new MethodHandle[components.length];
                    int actor = -1;
                    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                    for (int i = 0; i < components.length; i++) {
                        types[i] = components[i].getType();
                        accessors[i] = lookup.unreflect(components[i].getAccessor());
                        if (types[i] == Actor.class && components[i].getName().equals("actor")) {
                            actor = i;
                        }
                    }
                    if (actor < 0) {
                        throw new IllegalStateException(type.getSimpleName() + " has no actor component");
                    }
                    return new ActorSlot(lookup.unreflectConstructor(type.getDeclaredConstructor(types)), accessors,
                            actor);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
                }
            }
        };

        static ActorSlot of(Class<?> type) {
            return SLOTS.get(type);
        }

        @SuppressWarnings("unchecked")
        <C> C replace(C command, Actor actor) {
            try {
                Object[] values = new Object[accessors.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = i == actorIndex ? actor : accessors[i].invoke(command);
                }
                return (C) constructor.invokeWithArguments(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot rebuild " + command.getClass().getSimpleName(), e);
            }
        }
    }
}
