package org.complaintkit.core.sla.preset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * An engine with the mainland-China calendar as default and test calendars for GB, IE, US, AU and SG,
 * a movable clock in a chosen zone, and short ways to register a complaint and read a clock's deadline.
 */
final class PresetBench {
    final ZoneId zone;
    final MutableClock clock;
    final ComplaintEngine engine;

    PresetBench(String zone, SlaPolicy... policies) {
        this.zone = ZoneId.of(zone);
        this.clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"), this.zone);
        this.engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).sla(setup(policies)).build();
    }

    static SlaSetup setup(SlaPolicy... policies) {
        SlaSetup.Builder b = SlaSetup.builder().policies(policies)
                .defaultCalendar(CalendarVersions.of(CalendarFile.mainlandChina()));
        for (String code : List.of("GB", "IE", "US", "AU", "SG")) {
            b.calendar(code, CalendarVersions.of(testCalendar(code)));
        }
        return b.build();
    }

    static org.complaintkit.api.calendar.CalendarDefinition testCalendar(String code) {
        String name = "/calendars/" + code.toLowerCase(java.util.Locale.ROOT) + "-2025.calendar";
        try (InputStream in = PresetBench.class.getResourceAsStream(name)) {
            return CalendarFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An instant given as local date-time in the bench's zone. */
    Instant at(String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    /** Moves the clock to a local date-time in the bench's zone. */
    PresetBench now(String local) {
        clock.advance(Duration.between(clock.instant(), at(local)));
        return this;
    }

    /** Registers a complaint received now, under a jurisdiction, about a product, optionally forwarded. */
    ComplaintId register(String jurisdiction, String product, Forwarding forwarded) {
        RegisterComplaint base = Fixtures.registration(clock.instant(), List.of(ComplaintSubject.product(product)));
        return engine.execute(new RegisterComplaint(base.actor(), base.idempotencyKey(), base.complainant(),
                Channel.PHONE, clock.instant(), base.receivingUnit(), base.subjects(), base.content(),
                base.request(), forwarded, jurisdiction)).complaintId();
    }

    ComplaintId register(String jurisdiction) {
        return register(jurisdiction, "CURRENT-ACCOUNT", null);
    }

    /** Runs commands of the given types now, each by its usual actor. */
    CommandResult run(ComplaintId id, CommandType... types) {
        CommandResult last = null;
        for (CommandType type : types) {
            last = engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        return last;
    }

    CommandResult run(HandlingCommand command) {
        return engine.execute(command);
    }

    /** Takes a complaint to the point where the resolution is decided (no approval needed). */
    void decide(ComplaintId id) {
        run(id, CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION,
                CommandType.APPROVE_RESOLUTION);
    }

    ClockState clockOf(ComplaintId id, String clockId) {
        return engine.hostReads().clocks(id).stream().filter(s -> s.definition().id().equals(clockId)).findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + clockId + " on " + id));
    }

    Instant deadline(ComplaintId id, String clockId) {
        return clockOf(id, clockId).deadline();
    }

    List<String> clockIds(ComplaintId id) {
        return engine.hostReads().clocks(id).stream().map(s -> s.definition().id()).toList();
    }

    static Sensitive reason() {
        return Sensitive.of("需要调取外部交易记录 / records from a third party are needed");
    }
}
