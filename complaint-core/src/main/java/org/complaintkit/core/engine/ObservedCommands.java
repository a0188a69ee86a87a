package org.complaintkit.core.engine;

import java.util.function.Supplier;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.ExpectedVersion;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.spi.observation.CommandOutcome;
import org.complaintkit.spi.observation.EngineObserver;

/**
 * The host's commands as the engine's public {@code execute} methods take them: each runs through the
 * {@link CommandBus} and is reported to the host's {@link EngineObserver} with its type, outcome (accepted, replayed,
 * refused or failed), refusal codes and latency. A missing command or expected version goes to the bus unobserved,
 * which refuses it with every violation listed (there is no command type to report).
 */
final class ObservedCommands {
    private final CommandBus bus;
    private final EngineObserver observer;

    ObservedCommands(CommandBus bus, EngineObserver observer) {
        this.bus = bus;
        this.observer = observer;
    }

    CommandResult execute(ComplaintCommand command) {
        if (command == null) {
            return bus.execute(null);
        }
        return observed(command, () -> bus.execute(command));
    }

    CommandResult execute(HandlingCommand command, ExpectedVersion expected) {
        if (command == null || expected == null) {
            return bus.execute(command, expected);
        }
        return observed(command, () -> bus.execute(command, expected));
    }

    private CommandResult observed(ComplaintCommand command, Supplier<CommandResult> run) {
        long start = System.nanoTime();
        try {
            CommandResult result = run.get();
            observer.commandHandled(command.type(), result.replayed() ? CommandOutcome.REPLAYED
                    : CommandOutcome.ACCEPTED, System.nanoTime() - start);
            return result;
        } catch (ComplaintKitException e) {
            long took = System.nanoTime() - start;
            e.violations().stream().map(Violation::code).distinct()
                    .forEach(code -> observer.commandRefused(command.type(), code));
            observer.commandHandled(command.type(), refusal(e) ? CommandOutcome.REFUSED : CommandOutcome.FAILED, took);
            throw e;
        } catch (RuntimeException e) {
            observer.commandHandled(command.type(), CommandOutcome.FAILED, System.nanoTime() - start);
            throw e;
        }
    }

    /** Whether an error is the caller's (bad input, {@code CMP-1xxx}, or a refusal, {@code CMP-2xxx}). */
    private static boolean refusal(ComplaintKitException e) {
        return !e.violations().isEmpty() && e.violations().stream().map(v -> v.code().code())
                .allMatch(code -> code.startsWith("CMP-1") || code.startsWith("CMP-2"));
    }
}
