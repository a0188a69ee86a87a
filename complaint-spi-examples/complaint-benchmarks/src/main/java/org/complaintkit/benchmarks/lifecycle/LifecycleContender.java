package org.complaintkit.benchmarks.lifecycle;

import org.complaintkit.benchmarks.lifecycle.Model.Context;
import org.complaintkit.benchmarks.lifecycle.Model.Event;
import org.complaintkit.benchmarks.lifecycle.Model.State;

/**
 * One state-machine library running {@link Model}: the adapter every lifecycle benchmark times.
 * Implementations are not thread-safe; JMH gives each thread its own.
 */
public interface LifecycleContender {
    /**
     * Returns the contender's name, as the benchmark's parameter.
     *
     * @return the name
     */
    String name();

    /**
     * Fires a command on a long-lived machine and moves it on.
     *
     * @param event the command
     * @param context what the guards read
     * @return the state after, or null if the command was refused (the machine stays where it was)
     */
    State fire(Event event, Context context);

    /**
     * Puts the long-lived machine in a state.
     *
     * @param state the state
     */
    void reset(State state);

    /**
     * The real workload: take a complaint's stored state, bring a machine to it, fire one command.
     *
     * @param stored the stored state
     * @param event the command
     * @param context what the guards read
     * @return the state after, or null if the command was refused
     */
    State fireFrom(State stored, Event event, Context context);
}
