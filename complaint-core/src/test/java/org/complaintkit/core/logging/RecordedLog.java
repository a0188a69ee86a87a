package org.complaintkit.core.logging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of complaint-core's tests: it keeps the last lines logged at WARN and above in memory (below
 * WARN nothing is formatted or kept, as with no binding), so a test can show what the engine warned about.
 * Registered in {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider} of the test resources.
 */
public final class RecordedLog implements SLF4JServiceProvider {
    private static final int KEPT = 10_000;
    private static final Deque<Line> LINES = new ArrayDeque<>();

    /**
     * One line logged.
     *
     * @param level its level
     * @param logger the logger's name
     * @param message the formatted message
     */
    public record Line(Level level, String logger, String message) {
    }

    private final ILoggerFactory loggers = new Loggers();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /**
     * Returns the lines logged at WARN and above since the last {@link #clear()}, oldest first.
     *
     * @return the lines
     */
    public static List<Line> warnings() {
        synchronized (LINES) {
            return List.copyOf(LINES);
        }
    }

    /** Forgets the lines kept so far. */
    public static void clear() {
        synchronized (LINES) {
            LINES.clear();
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class Loggers implements ILoggerFactory {
        private final ConcurrentMap<String, Logger> byName = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return byName.computeIfAbsent(name, Recording::new);
        }
    }

    private static final class Recording extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            synchronized (LINES) {
                LINES.addLast(new Line(level, name, message));
                if (LINES.size() > KEPT) {
                    LINES.removeFirst();
                }
            }
        }
    }
}
