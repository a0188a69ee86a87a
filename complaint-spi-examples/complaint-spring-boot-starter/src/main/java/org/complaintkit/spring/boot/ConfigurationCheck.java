package org.complaintkit.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.storage.ComplaintStore;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Binds and checks every {@code complaintkit.*} property together, before any bean of the starter is built: names
 * the starter does not know (with the nearest known name), blank values, values that cannot be read as their type,
 * values out of range, and what the properties name but the application lacks (a calendar, a preset, a store, the
 * notification senders). Every problem found is one violation of a single {@link ConfigurationException}.
 */
final class ConfigurationCheck {
    /** The bean names of the starter's own beans, which do not count as the application's. */
    static final String STORE_BEAN = "complaintStore";
    static final String SLA_BEAN = "complaintSlaSetup";
    static final String DISPATCHER_BEAN = "complaintNotificationDispatcher";
    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("complaintkit");

    private ConfigurationCheck() {
    }

    /**
     * Binds the properties and checks them with the application's bean definitions (no bean is created).
     *
     * @param environment the application's environment
     * @param beans the application's bean factory
     * @return the properties, bound
     * @throws ConfigurationException listing every problem found
     */
    static ComplaintKitProperties bind(Environment environment, ListableBeanFactory beans) {
        Problems problems = new Problems();
        Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
        names(sources, problems);
        ComplaintKitProperties properties = new ComplaintKitProperties();
        BindHandler collect = new AbstractBindHandler() {
            @Override
            public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                                    Exception error) {
                problems.add(new Violation(ErrorCode.STARTER_PROPERTY_UNREADABLE, name.toString(),
                        "cannot be read as " + expected(target)));
                return null;
            }

            @Override
            public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                                    Object result) {
                if (target.getType().resolve(Object.class) == Duration.class
                        && bareNumber(context.getConfigurationProperty())) {
                    problems.add(new Violation(ErrorCode.STARTER_PROPERTY_UNREADABLE, name.toString(),
                            "is a number without a unit; give a unit: 30s, 5m or PT30S"));
                }
                return result;
            }
        };
        Binder.get(environment).bind(PREFIX, Bindable.ofInstance(properties), collect);
        problems.addAll(ComplaintKitAutoConfiguration.rangeViolations(properties));
        if (others(beans, ComplaintStore.class, STORE_BEAN).isEmpty()
                && properties.getStore().getType() != StoreType.IN_MEMORY
                && beans.getBeanNamesForType(DataSource.class, true, false).length == 0) {
            problems.add(ComplaintKitAutoConfiguration.noStore(properties.getStore().getType()));
        }
        if (others(beans, SlaSetup.class, SLA_BEAN).isEmpty()) {
            List<Violation> calendar = new ArrayList<>();
            ComplaintKitAutoConfiguration.defaultCalendar(properties.getCalendar(), calendar);
            for (Map.Entry<String, Path> named : properties.getCalendar().getFiles().entrySet()) {
                ComplaintKitAutoConfiguration.read(named.getValue(), "complaintkit.calendar.files." + named.getKey(),
                        calendar);
            }
            try {
                SlaPresets.named(properties.getSla().getPresets());
            } catch (ConfigurationException e) {
                calendar.addAll(e.violations());
            }
            problems.addAll(calendar);
        }
        if (properties.getNotifications().isEnabled()
                && others(beans, NotificationDispatcher.class, DISPATCHER_BEAN).isEmpty()) {
            problems.addAll(senderViolations(properties.getNotifications(),
                    Set.of(beans.getBeanNamesForType(NotificationSender.class, true, false))));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems.list());
        }
        return properties;
    }

    /** Names the starter does not know and blank values, from the property sources, first source first. */
    private static void names(Iterable<ConfigurationPropertySource> sources, Problems problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (ConfigurationPropertySource source : sources) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            boolean jvm = jvm(source);
            for (ConfigurationPropertyName name : iterable) {
                if (!PREFIX.isAncestorOf(name) || !seen.add(name.toString())) {
                    continue;
                }
                String key = name.toString();
                var owner = KnownProperties.owner(key);
                if (owner.isEmpty() && jvm && !KnownProperties.inStartersGroup(key)) {
                    continue;
                }
                if (owner.isEmpty()) {
                    problems.add(new Violation(ErrorCode.STARTER_PROPERTY_UNKNOWN, key, "the starter reads no such "
                            + "property; did you mean " + KnownProperties.nearest(key) + "?"));
                    continue;
                }
                if (owner.get().equals("complaintkit.notifications.customer-senders")) {
                    String method = key.substring(owner.get().length() + 1);
                    if (contactMethod(method) == null) {
                        problems.add(new Violation(ErrorCode.STARTER_PROPERTY_UNKNOWN, key, "no contact method is "
                                + "called '" + method + "'; the methods are " + Arrays.toString(ContactMethod.values())));
                        continue;
                    }
                }
                ConfigurationProperty property = iterable.getConfigurationProperty(name);
                if (property != null && property.getValue() instanceof CharSequence value && value.toString().isBlank()) {
                    problems.add(new Violation(ErrorCode.STARTER_PROPERTY_BLANK, key, "is set but blank: give it a "
                            + "value, or remove it to leave it unset"));
                }
            }
        }
    }

    /**
     * Whether a source is the JVM's system properties or the process environment, where the library's build and tools
     * keep {@code complaintkit.*} properties of their own (such as {@code complaintkit.soak.seconds}).
     */
    private static boolean jvm(ConfigurationPropertySource source) {
        Object underlying = source.getUnderlyingSource();
        return underlying instanceof PropertySource<?> ps
                && (ps.getName().equals(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)
                || ps.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)
                || ps instanceof SystemEnvironmentPropertySource);
    }

    /**
     * Whether a property's value is a bare number, which Spring Boot would read as milliseconds for a duration: the
     * starter asks for a unit instead, so that {@code 5} meant as seconds is not taken silently as 5 ms.
     */
    private static boolean bareNumber(ConfigurationProperty property) {
        if (property == null) {
            return false;
        }
        Object value = property.getValue();
        return value instanceof Number
                || value instanceof CharSequence text && text.toString().strip().matches("[-+]?\\d+");
    }

    private static ContactMethod contactMethod(String name) {
        String relaxed = KnownProperties.relaxed(name);
        return Arrays.stream(ContactMethod.values()).filter(m -> KnownProperties.relaxed(m.name()).equals(relaxed))
                .findFirst().orElse(null);
    }

    /** What a value of a property must look like, for the message of one that cannot be read. */
    private static String expected(Bindable<?> target) {
        Class<?> type = target.getType().resolve(Object.class);
        if (type == Duration.class) {
            return "a duration, such as 30s, 5m or PT30S";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == ZoneId.class) {
            return "a time zone id, such as Asia/Shanghai";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map whose keys are " + (target.getType().resolveGeneric(0) == ContactMethod.class
                    ? "contact methods " + Arrays.toString(ContactMethod.values()) : "ids");
        }
        return "a " + type.getSimpleName();
    }

    /** The beans of a type other than the starter's own. */
    private static List<String> others(ListableBeanFactory beans, Class<?> type, String starters) {
        return Arrays.stream(beans.getBeanNamesForType(type, true, false)).filter(n -> !n.equals(starters)).toList();
    }

    /**
     * Checks that the senders the properties name, or the only one there is, can be found among the sender beans.
     *
     * @param named the notification properties
     * @param senders the names of the NotificationSender beans
     * @return the violations, coded {@code CMP-4104}; empty when the senders resolve
     */
    static List<Violation> senderViolations(ComplaintKitProperties.Notifications named, Set<String> senders) {
        List<Violation> problems = new ArrayList<>();
        if (senders.isEmpty()) {
            problems.add(new Violation(ErrorCode.STARTER_SENDERS_UNRESOLVED, "complaintkit.notifications.enabled",
                    "notifications are on but there is no NotificationSender bean to deliver them"));
            return problems;
        }
        if (named.getStaffSender() == null && named.getCustomerSenders().isEmpty()) {
            if (senders.size() > 1) {
                problems.add(new Violation(ErrorCode.STARTER_SENDERS_UNRESOLVED,
                        "complaintkit.notifications.staff-sender", "there are several NotificationSender beans "
                        + new TreeSet<>(senders) + "; name the staff sender and each contact method's"
                        + " sender with complaintkit.notifications.staff-sender and .customer-senders"));
            }
            return problems;
        }
        if (named.getStaffSender() == null) {
            problems.add(new Violation(ErrorCode.STARTER_SENDERS_UNRESOLVED, "complaintkit.notifications.staff-sender",
                    "name the sender of notices to staff"));
        } else if (!senders.contains(named.getStaffSender())) {
            problems.add(unknownSender("complaintkit.notifications.staff-sender", named.getStaffSender(), senders));
        }
        for (Map.Entry<ContactMethod, String> entry : named.getCustomerSenders().entrySet()) {
            if (!senders.contains(entry.getValue())) {
                problems.add(unknownSender("complaintkit.notifications.customer-senders." + entry.getKey(),
                        entry.getValue(), senders));
            }
        }
        return problems;
    }

    private static Violation unknownSender(String property, String name, Set<String> senders) {
        return new Violation(ErrorCode.STARTER_SENDERS_UNRESOLVED, property, "no NotificationSender bean is called '"
                + name + "'; there are " + new TreeSet<>(senders));
    }

    /**
     * Violations in the order found, one per property: a later violation of a property already reported is left out,
     * and so are a map's bind failure after one of its keys was reported and an entry of a property reported blank.
     */
    private static final class Problems {
        private final List<Violation> list = new ArrayList<>();

        void add(Violation violation) {
            String path = violation.path();
            for (Violation earlier : list) {
                String before = earlier.path();
                boolean ancestor = before.startsWith(path + ".") || before.startsWith(path + "[");
                boolean descendant = path.startsWith(before + ".") || path.startsWith(before + "[");
                if (before.equals(path) || ancestor && violation.code() == ErrorCode.STARTER_PROPERTY_UNREADABLE
                        || descendant && earlier.code() == ErrorCode.STARTER_PROPERTY_BLANK) {
                    return;
                }
            }
            list.add(violation);
        }

        void addAll(List<Violation> violations) {
            violations.forEach(this::add);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<Violation> list() {
            return List.copyOf(list);
        }
    }
}
