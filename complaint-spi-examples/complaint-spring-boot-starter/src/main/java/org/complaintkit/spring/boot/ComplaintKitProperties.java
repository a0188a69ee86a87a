package org.complaintkit.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.complaint.ContactMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code complaintkit.*} properties the starter builds the engine from. Every value is checked when the
 * engine is built; a bad one fails start-up with a {@code ConfigurationException} naming the property.
 */
@ConfigurationProperties(prefix = "complaintkit")
public class ComplaintKitProperties {
    /** Whether the starter builds an engine at all. */
    private boolean enabled = true;
    /**
     * The zone of the engine's clock, which calendar-day rules count in. Default: the default calendar's zone. A
     * Clock bean replaces the clock, and with it this zone.
     */
    private ZoneId zone;
    private final Store store = new Store();
    private final Calendar calendar = new Calendar();
    private final Sla sla = new Sla();
    private final Sweep sweep = new Sweep();
    private final Notifications notifications = new Notifications();
    private final Dispatch dispatch = new Dispatch();
    private final Shutdown shutdown = new Shutdown();
    private final Health health = new Health();

    /**
     * Tells whether the starter builds an engine.
     *
     * @return true unless turned off
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether the starter builds an engine.
     *
     * @param enabled false to build none
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the zone of the engine's clock.
     *
     * @return the zone, or null for the default calendar's
     */
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Sets the zone of the engine's clock.
     *
     * @param zone the zone
     */
    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Returns the store properties.
     *
     * @return the store properties
     */
    public Store getStore() {
        return store;
    }

    /**
     * Returns the calendar properties.
     *
     * @return the calendar properties
     */
    public Calendar getCalendar() {
        return calendar;
    }

    /**
     * Returns the SLA properties.
     *
     * @return the SLA properties
     */
    public Sla getSla() {
        return sla;
    }

    /**
     * Returns the sweep properties.
     *
     * @return the sweep properties
     */
    public Sweep getSweep() {
        return sweep;
    }

    /**
     * Returns the notification properties.
     *
     * @return the notification properties
     */
    public Notifications getNotifications() {
        return notifications;
    }

    /**
     * Returns the dispatch properties.
     *
     * @return the dispatch properties
     */
    public Dispatch getDispatch() {
        return dispatch;
    }

    /**
     * Returns the shutdown properties.
     *
     * @return the shutdown properties
     */
    public Shutdown getShutdown() {
        return shutdown;
    }

    /**
     * Returns the health properties.
     *
     * @return the health properties
     */
    public Health getHealth() {
        return health;
    }

    /** Where complaints are kept. */
    public static class Store {
        /**
         * The store: jdbc (over the application's DataSource) or in-memory (asked for by name, for trials; nothing
         * survives a restart). Default: jdbc when there is a DataSource bean; with neither, start-up fails
         * (CMP-4102).
         */
        private StoreType type;
        /** Whether to bring the JDBC store's schema up to date with its Flyway migrations at start-up. */
        private boolean migrate = true;

        /**
         * Returns the store type.
         *
         * @return the type, or null if not chosen
         */
        public StoreType getType() {
            return type;
        }

        /**
         * Sets the store type.
         *
         * @param type the type
         */
        public void setType(StoreType type) {
            this.type = type;
        }

        /**
         * Tells whether the JDBC store's schema is migrated at start-up.
         *
         * @return true to migrate
         */
        public boolean isMigrate() {
            return migrate;
        }

        /**
         * Sets whether the JDBC store's schema is migrated at start-up.
         *
         * @param migrate true to migrate
         */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** The business calendars clocks run on. */
    public static class Calendar {
        /** The default calendar from those the library ships: cn-mainland (mainland China, 2024-2026). */
        private String shipped;
        /** The default calendar from a calendar file (docs/sla.md), instead of a shipped one. */
        private Path file;
        /** Further calendars from files, registered by id for the clocks and units that name them. */
        private Map<String, Path> files = new LinkedHashMap<>();
        /** How many days of official calendar data must be left before sweeps warn and the health check reports it. */
        private int warningDays = 60;

        /**
         * Returns the shipped default calendar's name.
         *
         * @return the name, or null
         */
        public String getShipped() {
            return shipped;
        }

        /**
         * Sets the shipped default calendar's name.
         *
         * @param shipped the name, such as {@code cn-mainland}
         */
        public void setShipped(String shipped) {
            this.shipped = shipped;
        }

        /**
         * Returns the default calendar's file.
         *
         * @return the file, or null
         */
        public Path getFile() {
            return file;
        }

        /**
         * Sets the default calendar's file.
         *
         * @param file the file
         */
        public void setFile(Path file) {
            this.file = file;
        }

        /**
         * Returns the further calendars' files by id.
         *
         * @return the files
         */
        public Map<String, Path> getFiles() {
            return files;
        }

        /**
         * Sets the further calendars' files by id.
         *
         * @param files the files
         */
        public void setFiles(Map<String, Path> files) {
            this.files = files;
        }

        /**
         * Returns the warning threshold in days.
         *
         * @return the days
         */
        public int getWarningDays() {
            return warningDays;
        }

        /**
         * Sets the warning threshold in days.
         *
         * @param warningDays the days, not negative
         */
        public void setWarningDays(int warningDays) {
            this.warningDays = warningDays;
        }
    }

    /** The SLA clocks complaints run. */
    public static class Sla {
        /**
         * The SLA presets by id, such as cn.cbirc-2020-3,bank.procedures (docs/spring-boot.md lists them). SlaPolicy
         * beans are added to them.
         */
        private List<String> presets = new ArrayList<>();

        /**
         * Returns the preset ids.
         *
         * @return the ids
         */
        public List<String> getPresets() {
            return presets;
        }

        /**
         * Sets the preset ids.
         *
         * @param presets the ids
         */
        public void setPresets(List<String> presets) {
            this.presets = presets;
        }
    }

    /** The scheduled sweep of the clocks due. */
    public static class Sweep {
        /** Whether this node runs the sweep on a schedule. */
        private boolean enabled = true;
        /** The pause between the end of one sweep and the start of the next. */
        private Duration interval = Duration.ofMinutes(1);

        /**
         * Tells whether the sweep runs on a schedule.
         *
         * @return true to run it
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the sweep runs on a schedule.
         *
         * @param enabled true to run it
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the pause between sweeps.
         *
         * @return the pause
         */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets the pause between sweeps.
         *
         * @param interval the pause, positive
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    /** Notices to customers and staff. */
    public static class Notifications {
        /**
         * Whether the engine derives notices from events (NotificationSetup.standard() unless there is a
         * NotificationSetup bean) and a dispatcher delivers them through the NotificationSender beans.
         */
        private boolean enabled;
        /** The bean name of the sender of notices to staff, when there are several NotificationSender beans. */
        private String staffSender;
        /** The bean name of the sender for each customer contact method, when there are several sender beans. */
        private Map<ContactMethod, String> customerSenders = new EnumMap<>(ContactMethod.class);

        /**
         * Tells whether notices are on.
         *
         * @return true if on
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether notices are on.
         *
         * @param enabled true for notices
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the staff sender's bean name.
         *
         * @return the name, or null
         */
        public String getStaffSender() {
            return staffSender;
        }

        /**
         * Sets the staff sender's bean name.
         *
         * @param staffSender the name
         */
        public void setStaffSender(String staffSender) {
            this.staffSender = staffSender;
        }

        /**
         * Returns the customer senders' bean names by contact method.
         *
         * @return the names
         */
        public Map<ContactMethod, String> getCustomerSenders() {
            return customerSenders;
        }

        /**
         * Sets the customer senders' bean names by contact method.
         *
         * @param customerSenders the names
         */
        public void setCustomerSenders(Map<ContactMethod, String> customerSenders) {
            this.customerSenders = customerSenders;
        }
    }

    /** The scheduled delivery of the outbox. */
    public static class Dispatch {
        /** Whether this node runs the dispatcher on a schedule (when notifications are on). */
        private boolean enabled = true;
        /** The pause between the end of one dispatch run and the start of the next. */
        private Duration interval = Duration.ofSeconds(10);
        /** How long one delivery attempt may take before it counts as failed. */
        private Duration timeout = Duration.ofSeconds(10);
        /** How long a run holds the notices it leased; longer than a run takes. */
        private Duration lease = Duration.ofMinutes(5);
        /** The most notices one run takes, 1 to 1000. */
        private int batch = 100;

        /**
         * Tells whether the dispatcher runs on a schedule.
         *
         * @return true to run it
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the dispatcher runs on a schedule.
         *
         * @param enabled true to run it
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the pause between runs.
         *
         * @return the pause
         */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets the pause between runs.
         *
         * @param interval the pause, positive
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /**
         * Returns the timeout of one attempt.
         *
         * @return the timeout
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets the timeout of one attempt.
         *
         * @param timeout the timeout, positive
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /**
         * Returns the lease of a run.
         *
         * @return the lease
         */
        public Duration getLease() {
            return lease;
        }

        /**
         * Sets the lease of a run.
         *
         * @param lease the lease, positive
         */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /**
         * Returns the batch size.
         *
         * @return the size
         */
        public int getBatch() {
            return batch;
        }

        /**
         * Sets the batch size.
         *
         * @param batch 1 to 1000
         */
        public void setBatch(int batch) {
            this.batch = batch;
        }
    }

    /** Stopping the application. */
    public static class Shutdown {
        /**
         * How long stopping waits for a sweep or dispatch run in progress to finish; what is left is taken up by
         * another node, or this one after a restart, when its leases run out.
         */
        private Duration await = Duration.ofSeconds(30);

        /**
         * Returns how long stopping waits.
         *
         * @return the wait
         */
        public Duration getAwait() {
            return await;
        }

        /**
         * Sets how long stopping waits.
         *
         * @param await the wait, not negative
         */
        public void setAwait(Duration await) {
            this.await = await;
        }
    }

    /** The Actuator health indicators. */
    public static class Health {
        /** How many dead-lettered notices the complaintOutbox health indicator tolerates before it reports DOWN. */
        private long deadLetterThreshold;

        /**
         * Returns the dead-letter threshold.
         *
         * @return the threshold
         */
        public long getDeadLetterThreshold() {
            return deadLetterThreshold;
        }

        /**
         * Sets the dead-letter threshold.
         *
         * @param deadLetterThreshold the threshold, not negative
         */
        public void setDeadLetterThreshold(long deadLetterThreshold) {
            this.deadLetterThreshold = deadLetterThreshold;
        }
    }
}
