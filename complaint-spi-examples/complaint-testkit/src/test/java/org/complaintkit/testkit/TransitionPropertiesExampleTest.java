package org.complaintkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * What a host tester writes with the kit's arbitraries and fixture: properties of transitions, here on the
 * default engine.
 */
class TransitionPropertiesExampleTest {

    @Provide
    Arbitrary<List<Function<ComplaintId, HandlingCommand>>> chains() {
        return ComplaintArbitraries.commands().list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<RegisterComplaint> registrations() {
        return ComplaintArbitraries.registrations();
    }

    @Provide
    Arbitrary<CommandType> types() {
        return ComplaintArbitraries.commandTypes();
    }

    @Property(tries = 100)
    void every_command_either_appends_its_events_in_sequence_or_is_refused_storing_nothing(
            @ForAll("registrations") RegisterComplaint registration, @ForAll("chains") List<Function<ComplaintId, HandlingCommand>> chain) {
        MutableClock clock = new MutableClock(registration.receivedAt(), java.time.ZoneId.of("Asia/Shanghai"));
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();
        ComplaintId id = engine.execute(registration).complaintId();
        for (Function<ComplaintId, HandlingCommand> drawn : chain) {
            clock.advance(Duration.ofHours(2));
            HandlingCommand command = drawn.apply(id);
            List<ComplaintEvent> before = engine.hostReads().history(id);
            try {
                CommandResult result = engine.execute(command);
                List<ComplaintEvent> after = engine.hostReads().history(id);
                assertEquals(before, after.subList(0, before.size()), "history is append-only");
                assertTrue(after.size() > before.size());
                for (int i = 0; i < after.size(); i++) {
                    assertEquals(i + 1, after.get(i).sequence());
                }
                assertEquals(result.state().status(), engine.hostReads().find(id).orElseThrow().status());
            } catch (ComplaintKitException refused) {
                List<ComplaintEvent> after = engine.hostReads().history(id);
                assertEquals(before, after.subList(0, before.size()), "a refusal changes no stored event");
                assertTrue(after.size() - before.size() <= 1, "at most the access denial is recorded");
            }
        }
    }

    @Property(tries = 60)
    void no_command_reopens_a_withdrawn_complaint(@ForAll("types") CommandType type) {
        ComplaintScenario scenario = ComplaintScenario.given(ComplaintScenario.historyAfter(CommandType.ACCEPT,
                CommandType.WITHDRAW));
        ComplaintScenario.Then then = scenario.when(type, Fixtures.HANDLER);
        assertEquals(ComplaintStatus.WITHDRAWN, scenario.engine().hostReads().find(scenario.id()).orElseThrow().status());
        assertTrue(then.error() != null || then.result().state().status() == ComplaintStatus.WITHDRAWN);
    }
}
