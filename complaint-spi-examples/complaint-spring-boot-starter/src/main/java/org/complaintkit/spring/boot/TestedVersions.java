package org.complaintkit.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versions of Flyway and Hibernate Validator the library was built and tested with, and the start-up check that
 * warns ({@code CMP-4111}) when the application runs others: Spring Boot's dependency management (the
 * {@code spring-boot-starter-parent} or the {@code spring-boot-dependencies} BOM) manages both, and wins over the
 * versions the library's POMs ask for unless the application sets {@code flyway.version} and
 * {@code hibernate-validator.version}.
 */
final class TestedVersions {
    private static final Logger LOG = LoggerFactory.getLogger(TestedVersions.class);
    /** The Maven property that pins each artifact's version under Spring Boot's dependency management. */
    static final Map<String, String> PIN = Map.of("org.flywaydb:flyway-core", "flyway.version",
            "org.hibernate.validator:hibernate-validator", "hibernate-validator.version");

    private TestedVersions() {
    }

    /**
     * The versions tested, by {@code groupId:artifactId}, as the build wrote them.
     *
     * @return the versions
     */
    static Map<String, String> tested() {
        Properties properties = new Properties();
        try (InputStream in = TestedVersions.class.getResourceAsStream("tested-versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("tested-versions.properties is missing from the starter's jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        properties.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /**
     * The version of an artifact on the class path, from the {@code pom.properties} Maven puts in its jar.
     *
     * @param artifact {@code groupId:artifactId}
     * @return the version, or empty when the jar carries none
     */
    static Optional<String> onClassPath(String artifact) {
        String[] parts = artifact.split(":");
        String resource = "META-INF/maven/" + parts[0] + "/" + parts[1] + "/pom.properties";
        ClassLoader loader = TestedVersions.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The artifacts at a version other than the one tested, or whose version cannot be told.
     *
     * @param found the version of an artifact on the class path
     * @return one violation coded {@code CMP-4111} per such artifact, its path the artifact
     */
    static List<Violation> untested(Function<String, Optional<String>> found) {
        List<Violation> out = new ArrayList<>();
        tested().forEach((artifact, version) -> {
            Optional<String> running = found.apply(artifact);
            if (running.isEmpty()) {
                out.add(new Violation(ErrorCode.STARTER_UNTESTED_VERSION, artifact, "its version cannot be told from"
                        + " the class path; the library was tested with " + version));
            } else if (!running.get().equals(version)) {
                out.add(new Violation(ErrorCode.STARTER_UNTESTED_VERSION, artifact, running.get() + " is on the class"
                        + " path, the library was built and tested with " + version + "; set the Maven property "
                        + PIN.get(artifact) + "=" + version + " to run what was tested (Spring Boot's dependency "
                        + "management overrides it otherwise)"));
            }
        });
        return out;
    }

    /**
     * Logs at WARN each artifact at a version other than the one tested; start-up goes on.
     *
     * @param found the version of an artifact on the class path
     * @return what was logged
     */
    static List<Violation> warnOfUntested(Function<String, Optional<String>> found) {
        List<Violation> untested = untested(found);
        untested.forEach(v -> LOG.warn("{}", v));
        return untested;
    }
}
