package org.complaintkit.spring.boot;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.evidence.EvidenceStore;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Builds a {@link ComplaintEngine} from the {@code complaintkit.*} properties and the application's beans, with
 * its store, SLA setup, notification dispatcher and the scheduler of sweeps and dispatch runs. Every bean is
 * {@code @ConditionalOnMissingBean}: an application bean of the same type takes its place. Bad configuration fails
 * start-up with a {@link ConfigurationException} whose codes name each problem; nothing falls back unasked.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnProperty(prefix = "complaintkit", name = "enabled", havingValue = "true", matchIfMissing = true)
public class ComplaintKitAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintKitAutoConfiguration.class);
    /** The calendars the library ships, by the name {@code complaintkit.calendar.shipped} takes. */
    static final String MAINLAND_CHINA = "cn-mainland";

    /** Creates the configuration; Spring calls it. */
    public ComplaintKitAutoConfiguration() {
    }

    /**
     * The {@code complaintkit.*} properties, bound and checked all together before any other bean of the starter is
     * built (every one of them takes the properties): unknown names, blank values, values that cannot be read, values
     * out of range, and what the properties name but the application lacks. Also warns, with {@code CMP-4111}, of a
     * Flyway or Hibernate Validator at a version the library was not tested with.
     *
     * @param environment the application's environment
     * @param beans the application's bean factory, whose bean definitions are consulted (no bean is created)
     * @return the properties
     * @throws ConfigurationException listing every problem found, each with its code ({@code CMP-4100} to
     *     {@code CMP-4110})
     */
    @Bean
    public ComplaintKitProperties complaintKitProperties(Environment environment, ListableBeanFactory beans) {
        ComplaintKitProperties properties = ConfigurationCheck.bind(environment, beans);
        TestedVersions.warnOfUntested(TestedVersions::onClassPath);
        return properties;
    }

    /**
     * The store: the JDBC store over the application's DataSource (migrated first unless
     * {@code complaintkit.store.migrate=false}), or the in-memory store when asked for by name.
     *
     * @param properties the properties
     * @param dataSources the application's DataSource, if it has one
     * @return the store
     * @throws ConfigurationException coded {@code CMP-4102} if there is no DataSource and no store type was chosen
     */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintStore complaintStore(ComplaintKitProperties properties, ObjectProvider<DataSource> dataSources) {
        StoreType type = properties.getStore().getType();
        if (type == StoreType.IN_MEMORY) {
            LOG.warn("complaintkit.store.type=in-memory: complaints are kept in this JVM only and lost on restart");
            return new InMemoryComplaintStore();
        }
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
            throw new ConfigurationException(List.of(noStore(type)));
        }
        if (properties.getStore().isMigrate()) {
            JdbcComplaintStore.migrate(dataSource);
        }
        return JdbcComplaintStore.of(dataSource);
    }

    /** The violation of a configuration without a store. */
    static Violation noStore(StoreType type) {
        return new Violation(ErrorCode.STARTER_NO_STORE, "complaintkit.store.type",
                type == StoreType.JDBC ? "complaintkit.store.type=jdbc needs one DataSource bean, and there is none"
                        + " or more than one"
                        : "no DataSource bean to keep complaints in; provide one, or set complaintkit.store.type="
                        + "in-memory for a trial whose complaints are lost on restart");
    }

    /**
     * The SLA setup: the default calendar (shipped or from a file), further calendars from files, the presets named
     * and the application's {@link SlaPolicy} beans.
     *
     * @param properties the properties
     * @param policies the application's policies
     * @return the setup
     * @throws ConfigurationException coded {@code CMP-4100} without a calendar, {@code CMP-4101} for an unknown
     *     preset, {@code CMP-4105}, {@code CMP-4106} or {@code CMP-4107} for a calendar that cannot be had
     */
    @Bean
    @ConditionalOnMissingBean
    public SlaSetup complaintSlaSetup(ComplaintKitProperties properties, ObjectProvider<SlaPolicy> policies) {
        ComplaintKitProperties.Calendar calendar = properties.getCalendar();
        List<Violation> problems = new ArrayList<>();
        CalendarVersions defaultCalendar = defaultCalendar(calendar, problems);
        SlaSetup.Builder setup = SlaSetup.builder();
        for (Map.Entry<String, Path> named : calendar.getFiles().entrySet()) {
            CalendarVersions versions = read(named.getValue(), "complaintkit.calendar.files." + named.getKey(),
                    problems);
            if (versions != null) {
                setup.calendar(named.getKey(), versions);
            }
        }
        List<SlaPolicy> chosen = new ArrayList<>();
        try {
            chosen.addAll(SlaPresets.named(properties.getSla().getPresets()));
        } catch (ConfigurationException e) {
            problems.addAll(e.violations());
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        policies.orderedStream().forEach(chosen::add);
        return setup.defaultCalendar(defaultCalendar).policies(chosen).build();
    }

    /**
     * The default calendar the properties name, shipped or from a file.
     *
     * @param calendar the calendar properties
     * @param problems where a problem with it is added
     * @return the calendar, or null with a problem added
     */
    static CalendarVersions defaultCalendar(ComplaintKitProperties.Calendar calendar, List<Violation> problems) {
        CalendarVersions defaultCalendar = null;
        if (calendar.getShipped() != null && calendar.getFile() != null) {
            problems.add(new Violation(ErrorCode.STARTER_CALENDAR_AMBIGUOUS, "complaintkit.calendar.file",
                    "name the default calendar once: complaintkit.calendar.shipped or complaintkit.calendar.file"));
        } else if (calendar.getShipped() != null) {
            if (MAINLAND_CHINA.equals(calendar.getShipped().strip())) {
                defaultCalendar = CalendarVersions.of(CalendarFile.mainlandChina());
            } else {
                problems.add(new Violation(ErrorCode.STARTER_UNKNOWN_CALENDAR, "complaintkit.calendar.shipped",
                        "the library ships no calendar called '" + calendar.getShipped() + "'; it ships "
                                + MAINLAND_CHINA + "; give others as calendar files"));
            }
        } else if (calendar.getFile() != null) {
            defaultCalendar = read(calendar.getFile(), "complaintkit.calendar.file", problems);
        } else {
            problems.add(new Violation(ErrorCode.STARTER_NO_CALENDAR, "complaintkit.calendar",
                    "clocks count on a business calendar: set complaintkit.calendar.shipped=" + MAINLAND_CHINA
                            + " or complaintkit.calendar.file, or declare an SlaSetup bean"));
        }
        return defaultCalendar;
    }

    static CalendarVersions read(Path file, String property, List<Violation> problems) {
        try {
            return CalendarVersions.of(CalendarFile.read(file));
        } catch (UncheckedIOException e) {
            problems.add(new Violation(ErrorCode.STARTER_CALENDAR_UNREADABLE, property,
                    "cannot read the calendar file " + file + " (" + e.getCause().getClass().getSimpleName() + ")"));
        } catch (CalendarException e) {
            // a file that cannot be read is named by the property that named it, so the host knows what to fix
            for (Violation v : e.violations()) {
                problems.add(v.code() == ErrorCode.FILE_UNREADABLE
                        ? new Violation(ErrorCode.STARTER_CALENDAR_UNREADABLE, property, v.message() + " ("
                                + v.code().code() + ")")
                        : v);
            }
        }
        return null;
    }

    /**
     * The engine, from the store, the SLA setup and the application's beans: a {@link Clock}, an
     * {@link OrganisationDirectory}, an {@link EventSealer}, an {@link EvidenceStore}, a {@link NotificationSetup}
     * (when notifications are on), every {@link EngineObserver} and, last, every {@link ComplaintEngineCustomizer}.
     *
     * @param properties the properties
     * @param store the store
     * @param sla the SLA setup
     * @param clocks the application's clock, if any
     * @param directories the organisation directory, if any
     * @param sealers the sealer, if any
     * @param evidence the evidence store, if any
     * @param notificationSetups the notification setup, if any
     * @param observers the observers
     * @param customizers the customizers
     * @return the engine
     * @throws ConfigurationException if a property is out of range ({@code CMP-4103}) or the engine refuses its
     *     configuration
     */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintEngine complaintEngine(ComplaintKitProperties properties, ComplaintStore store, SlaSetup sla,
                                           ObjectProvider<Clock> clocks,
                                           ObjectProvider<OrganisationDirectory> directories,
                                           ObjectProvider<EventSealer> sealers, ObjectProvider<EvidenceStore> evidence,
                                           ObjectProvider<NotificationSetup> notificationSetups,
                                           ObjectProvider<EngineObserver> observers,
                                           ObjectProvider<ComplaintEngineCustomizer> customizers) {
        check(properties);
        Clock clock = clocks.getIfAvailable(() -> Clock.system(zone(properties, sla)));
        ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).store(store).sla(sla)
                .noPluginDiscovery().horizonWarningDays(properties.getCalendar().getWarningDays())
                .observer(CompositeEngineObserver.of(observers.orderedStream().toList()));
        directories.ifAvailable(builder::organisation);
        sealers.ifAvailable(builder::sealer);
        evidence.ifAvailable(builder::evidence);
        if (properties.getNotifications().isEnabled()) {
            builder.notifications(notificationSetups.getIfAvailable(NotificationSetup::standard));
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    /** The zone of the clock: the property, else the default calendar's. */
    private static ZoneId zone(ComplaintKitProperties properties, SlaSetup sla) {
        if (properties.getZone() != null) {
            return properties.getZone();
        }
        return sla.defaultCalendar().map(v -> v.latest().calendar().definition().zone())
                .orElseThrow(() -> ConfigurationException.of(ErrorCode.STARTER_PROPERTY_INVALID, "complaintkit.zone",
                        "the SLA setup has no default calendar to take the clock's zone from; set complaintkit.zone"));
    }

    /**
     * Checks every property with a range, all at once.
     *
     * @param properties the properties
     * @throws ConfigurationException coded {@code CMP-4103}, one violation per property out of range
     */
    static void check(ComplaintKitProperties properties) {
        List<Violation> problems = rangeViolations(properties);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    /**
     * The properties out of range.
     *
     * @param properties the properties
     * @return one violation coded {@code CMP-4103} per property out of range
     */
    static List<Violation> rangeViolations(ComplaintKitProperties properties) {
        List<Violation> problems = new ArrayList<>();
        positive(properties.getSweep().getInterval(), "complaintkit.sweep.interval", problems);
        positive(properties.getDispatch().getInterval(), "complaintkit.dispatch.interval", problems);
        positive(properties.getDispatch().getTimeout(), "complaintkit.dispatch.timeout", problems);
        positive(properties.getDispatch().getLease(), "complaintkit.dispatch.lease", problems);
        int batch = properties.getDispatch().getBatch();
        if (batch < 1 || batch > 1_000) {
            problems.add(new Violation(ErrorCode.STARTER_PROPERTY_INVALID, "complaintkit.dispatch.batch",
                    "a dispatch run takes 1 to 1000 notices, not " + batch));
        }
        if (properties.getCalendar().getWarningDays() < 0) {
            problems.add(new Violation(ErrorCode.STARTER_PROPERTY_INVALID, "complaintkit.calendar.warning-days",
                    "cannot be negative"));
        }
        Duration await = properties.getShutdown().getAwait();
        if (await == null || await.isNegative()) {
            problems.add(new Violation(ErrorCode.STARTER_PROPERTY_INVALID, "complaintkit.shutdown.await",
                    "must be zero or a positive duration"));
        }
        if (properties.getHealth().getDeadLetterThreshold() < 0) {
            problems.add(new Violation(ErrorCode.STARTER_PROPERTY_INVALID,
                    "complaintkit.health.dead-letter-threshold", "cannot be negative"));
        }
        return problems;
    }

    private static void positive(Duration value, String property, List<Violation> problems) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(new Violation(ErrorCode.STARTER_PROPERTY_INVALID, property, "must be a positive duration"));
        }
    }

    /**
     * The dispatcher of the engine's outbox, when notifications are on, sending through the application's
     * {@link NotificationSender} beans: the only one for everything, or, with several, those the properties name.
     *
     * @param properties the properties
     * @param engine the engine
     * @param beans where the senders are found
     * @return the dispatcher; Spring closes it after the scheduler has stopped
     * @throws ConfigurationException coded {@code CMP-4104} if the senders cannot be resolved
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "complaintkit.notifications", name = "enabled", havingValue = "true")
    public NotificationDispatcher complaintNotificationDispatcher(ComplaintKitProperties properties,
                                                                  ComplaintEngine engine, ListableBeanFactory beans) {
        ComplaintKitProperties.Dispatch dispatch = properties.getDispatch();
        NotificationDispatcher.Builder builder = NotificationDispatcher.builder(engine).timeout(dispatch.getTimeout())
                .lease(dispatch.getLease()).batch(dispatch.getBatch());
        Map<String, NotificationSender> senders = ChannelNamedSender.byBeanName(
                beans.getBeansOfType(NotificationSender.class));
        ComplaintKitProperties.Notifications named = properties.getNotifications();
        List<Violation> problems = ConfigurationCheck.senderViolations(named, senders.keySet());
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        if (named.getStaffSender() == null && named.getCustomerSenders().isEmpty()) {
            return builder.sender(senders.values().iterator().next()).build();
        }
        builder.staffSender(senders.get(named.getStaffSender()));
        List<ContactMethod> without = new ArrayList<>();
        for (ContactMethod method : ContactMethod.values()) {
            String name = named.getCustomerSenders().get(method);
            if (name == null) {
                without.add(method);
            } else {
                builder.customerSender(method, senders.get(name));
            }
        }
        if (!without.isEmpty()) {
            LOG.warn("no sender for customer notices by {}: such notices fail, are retried and are dead-lettered",
                    without);
        }
        return builder.build();
    }

    /**
     * The scheduler of the sweeps and dispatch runs of this node.
     *
     * @param properties the properties
     * @param engine the engine
     * @param dispatchers the dispatcher, if notifications are on
     * @return the scheduler, started and stopped with the application
     */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintKitScheduler complaintKitScheduler(ComplaintKitProperties properties, ComplaintEngine engine,
                                                       ObjectProvider<NotificationDispatcher> dispatchers) {
        NotificationDispatcher dispatcher = properties.getDispatch().isEnabled() ? dispatchers.getIfAvailable() : null;
        return new ComplaintKitScheduler(engine, dispatcher,
                properties.getSweep().isEnabled() ? properties.getSweep().getInterval() : null,
                properties.getDispatch().getInterval(), properties.getShutdown().getAwait());
    }
}
