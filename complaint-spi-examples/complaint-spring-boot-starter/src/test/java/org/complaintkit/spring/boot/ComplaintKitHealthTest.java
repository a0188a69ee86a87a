package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ComplaintKitHealthTest {
    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class,
                    ComplaintKitHealthAutoConfiguration.class))
            .withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL);

    static Health health(AssertableApplicationContext context, String name) {
        return context.getBean(name + "HealthIndicator", HealthIndicator.class).health();
    }

    @Test
    void theStoreIsUpWhileItAnswersAndDownWithItsCodesWhenItFails() {
        runner.run(context -> {
            assertThat(health(context, "complaintStore").getStatus()).isEqualTo(Status.UP);
            assertThat(health(context, "complaintStore").getDetails()).containsEntry("store", "InMemoryComplaintStore");
        });
        ComplaintStore broken = (ComplaintStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ComplaintStore.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        // what the store declares of itself (keepsProjections, ...) is asked while the engine is built
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw org.complaintkit.api.error.StoreException.of(
                            org.complaintkit.api.error.ErrorCode.STORE_UNAVAILABLE, "store", "down");
                });
        runner.withBean(ComplaintStore.class, () -> broken).run(context -> {
            Health health = health(context, "complaintStore");
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("codes")).isEqualTo(java.util.List.of("CMP-3101"));
        });
    }

    @Test
    void deadLettersAboveTheThresholdTakeTheOutboxDown() {
        MutableClock clock = MutableClock.at("2026-03-02T01:00:00Z");
        ApplicationContextRunner dead = runner.withPropertyValues("complaintkit.notifications.enabled=true",
                        "complaintkit.dispatch.enabled=false", "complaintkit.sla.presets=cn.cbirc-2020-3")
                .withBean(Clock.class, () -> clock).withBean(NotificationSender.class, ScriptedReceiver::down);
        dead.run(context -> {
            ComplaintEngine engine = context.getBean(ComplaintEngine.class);
            NotificationDispatcher dispatcher = context.getBean(NotificationDispatcher.class);
            ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
            engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
            assertThat(health(context, "complaintOutbox").getStatus()).isEqualTo(Status.UP);
            for (int i = 0; i < 12; i++) {
                dispatcher.dispatchDue();
                clock.advance(Duration.ofHours(6));
            }
            Health health = health(context, "complaintOutbox");
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("deadLetters", 1L).containsEntry("threshold", 0L);
        });
        dead.withPropertyValues("complaintkit.health.dead-letter-threshold=5").run(context -> {
            ComplaintEngine engine = context.getBean(ComplaintEngine.class);
            ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
            engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
            for (int i = 0; i < 12; i++) {
                context.getBean(NotificationDispatcher.class).dispatchDue();
                clock.advance(Duration.ofHours(6));
            }
            assertThat(health(context, "complaintOutbox").getDetails()).containsEntry("deadLetters", 1L);
            assertThat(health(context, "complaintOutbox").getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void aCalendarWithinItsWarningWindowStaysUpWithAWarningAndGoesDownOnlyPastItsOfficialHorizon() {
        runner.withBean(Clock.class, () -> MutableClock.at("2026-12-04T01:00:00Z")).run(context -> {
            Health health = health(context, "complaintCalendars");
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            @SuppressWarnings("unchecked")
            Map<String, Object> calendar = (Map<String, Object>) health.getDetails().get("default");
            assertThat(calendar).containsEntry("daysLeft", 27L).containsEntry("officialHorizon", "2026-12-31")
                    .containsEntry("warningDays", 60).containsEntry("runningOut", true)
                    .containsEntry("warning", "official data ends in 27 days, on 2026-12-31: adopt the calendar's "
                            + "next version");
        });
        runner.withBean(Clock.class, () -> MutableClock.at("2026-12-31T01:00:00Z")).run(context ->
                assertThat(health(context, "complaintCalendars").getStatus()).isEqualTo(Status.UP));
        runner.withBean(Clock.class, () -> MutableClock.at("2027-01-01T01:00:00Z")).run(context -> {
            Health health = health(context, "complaintCalendars");
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            @SuppressWarnings("unchecked")
            Map<String, Object> calendar = (Map<String, Object>) health.getDetails().get("default");
            assertThat(calendar).containsEntry("daysLeft", -1L)
                    .containsEntry("warning", "official data ended on 2026-12-31, 1 days ago: adopt the calendar's "
                            + "next version");
        });
        runner.withBean(Clock.class, () -> MutableClock.at("2026-03-02T01:00:00Z")).run(context -> {
            Health health = health(context, "complaintCalendars");
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(((Map<?, ?>) health.getDetails().get("default")).containsKey("warning")).isFalse();
        });
    }

    @Test
    void anIndicatorOfTheApplicationByTheSameNameReplacesTheStarters() {
        HealthIndicator own = () -> Health.unknown().build();
        runner.withBean("complaintOutboxHealthIndicator", HealthIndicator.class, () -> own).run(context -> {
            assertThat(context.getBean("complaintOutboxHealthIndicator")).isSameAs(own);
            assertThat(context).hasBean("complaintStoreHealthIndicator").hasBean("complaintCalendarsHealthIndicator");
        });
    }

    @Test
    void withoutAnEngineThereAreNoIndicators() {
        runner.withPropertyValues("complaintkit.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(HealthIndicator.class));
    }
}
