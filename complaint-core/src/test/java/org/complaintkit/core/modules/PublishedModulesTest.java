package org.complaintkit.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reactor is ready to publish: complaint-bom lists every published jar and nothing else, at the reactor's
 * version; each published module describes itself, names its Java module and keeps its sources and Javadoc jars;
 * the release profile builds those jars. It walks the modules the POMs list, so a module added later is checked
 * without changing this test. The inherited metadata (licence, SCM, developers, URL, reproducible timestamp) is
 * the enforcer's publish-ready rule, on the effective POM.
 */
class PublishedModulesTest {
    private static final ReactorPom REACTOR = ReactorPom.read(Path.of(".."));

    @Test
    void theWalkFindsEveryModuleOfTheReactorAndTellsThePublishedFromTheRest() {
        Set<String> modules = REACTOR.all().stream().map(ReactorPom::artifactId).collect(Collectors.toSet());
        assertTrue(modules.containsAll(Set.of("complaint-api", "complaint-core", "complaint-store-jdbc",
                "complaint-demo", "complaint-benchmarks", PublishChecks.BOM)), () -> "the walk found " + modules);
        Set<String> unpublished = REACTOR.all().stream().filter(m -> !m.published()).map(ReactorPom::artifactId)
                .collect(Collectors.toSet());
        assertTrue(unpublished.containsAll(Set.of("complaint-demo", "complaint-benchmarks", "complaint-sample-service")),
                () -> "unpublished: " + unpublished);
        assertTrue(REACTOR.all().stream().filter(m -> m.artifactId().equals("complaint-store-jdbc"))
                .allMatch(ReactorPom::published));
    }

    @Test
    void everyPublishedJarOfTheReactorIsInTheBomAndNothingElseIs() {
        List<String> problems = PublishChecks.bomListsExactlyThePublishedJars(REACTOR);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theBomHasNoParentAndIsAtTheReactorsVersionWithTheMetadataARepositoryReads() {
        List<String> problems = PublishChecks.bomStandsAloneAtTheReactorsVersion(REACTOR);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theBomCarriesTheSameLicenceScmAndAddressAsTheReactor() {
        ReactorPom bom = PublishChecks.bom(REACTOR).orElseThrow();
        for (String element : List.of("url", "licenses", "developers", "scm", "organization")) {
            assertEquals(flat(REACTOR.own(element).orElse("")), flat(bom.own(element).orElse("")),
                    () -> "complaint-bom's " + element + " differs from the root POM's");
        }
        assertEquals(REACTOR.property("project.build.outputTimestamp"), bom.property("project.build.outputTimestamp"));
    }

    @Test
    void everyPublishedModuleWritesItsOwnNameAndDescription() {
        List<String> problems = PublishChecks.publishedModulesDescribeThemselves(REACTOR);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyPublishedJarNamesItsJavaModule() {
        List<String> problems = PublishChecks.publishedJarsNameTheirModule(REACTOR);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void noPublishedJarTurnsOffItsSourcesOrJavadocAndTheReleaseProfileBuildsBoth() throws IOException {
        List<String> problems = PublishChecks.publishedJarsKeepTheirSourcesAndJavadoc(REACTOR);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        String root = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
        String release = root.substring(root.indexOf("<id>release</id>"));
        release = release.substring(0, release.indexOf("</profile>"));
        assertTrue(release.contains("<artifactId>maven-source-plugin</artifactId>") && release.contains("<goal>jar-no-fork</goal>"),
                "the release profile builds a sources jar");
        assertTrue(release.contains("<artifactId>maven-javadoc-plugin</artifactId>") && release.contains("<goal>jar</goal>"),
                "the release profile builds a Javadoc jar");
    }

    @Test
    void theGettingStartedPageListsEveryArtifactOfTheBom() throws IOException {
        String page = Files.readString(Path.of("../docs/getting-started.md"), StandardCharsets.UTF_8);
        String section = page.substring(page.indexOf("## Artifacts and the BOM"));
        for (String artifact : PublishChecks.bom(REACTOR).orElseThrow().managedVersions().keySet()) {
            assertTrue(section.contains("| `" + artifact + "` |"),
                    () -> "docs/getting-started.md, \"Artifacts and the BOM\", does not list " + artifact);
        }
    }

    // The checks themselves, on small reactors made for the purpose: each can fail.

    @Test
    void aPublishedModuleMissingFromTheBomIsNamedWithWhatToDo(@TempDir Path dir) throws IOException {
        ReactorPom reactor = reactor(dir, List.of("complaint-api"), "<maven.deploy.skip>false</maven.deploy.skip>");
        assertEquals(List.of("complaint-new is published but missing from complaint-bom (add it there, or set "
                + "maven.deploy.skip to true in its POM if it is not published)"),
                PublishChecks.bomListsExactlyThePublishedJars(reactor));
    }

    @Test
    void aModuleThatSkipsDeployingNeedsNoPlaceInTheBomAndMayNotHaveOne(@TempDir Path dir) throws IOException {
        ReactorPom absent = reactor(dir.resolve("a"), List.of("complaint-api"), "<maven.deploy.skip>true</maven.deploy.skip>");
        assertEquals(List.of(), PublishChecks.bomListsExactlyThePublishedJars(absent));
        ReactorPom listed = reactor(dir.resolve("b"), List.of("complaint-api", "complaint-new"),
                "<maven.deploy.skip>true</maven.deploy.skip>");
        assertEquals(List.of("complaint-bom lists complaint-new, which is not published (maven.deploy.skip)"),
                PublishChecks.bomListsExactlyThePublishedJars(listed));
    }

    @Test
    void aBomEntryNoModuleBuildsIsReported(@TempDir Path dir) throws IOException {
        ReactorPom reactor = reactor(dir, List.of("complaint-api", "complaint-new", "complaint-gone"), "");
        assertEquals(List.of("complaint-bom lists complaint-gone, which no module of the reactor builds"),
                PublishChecks.bomListsExactlyThePublishedJars(reactor));
    }

    @Test
    void aPublishedModuleWithoutItsOwnDescriptionOrModuleNameIsReported(@TempDir Path dir) throws IOException {
        ReactorPom reactor = reactor(dir, List.of("complaint-api", "complaint-new"), "<maven.javadoc.skip>true</maven.javadoc.skip>");
        assertEquals(List.of("complaint-new is published but writes no description of its own"),
                PublishChecks.publishedModulesDescribeThemselves(reactor));
        assertEquals(List.of("complaint-new is published but names no module: add src/main/java/module-info.java or the "
                + "property automatic.module.name (org.complaintkit.something)"), PublishChecks.publishedJarsNameTheirModule(reactor));
        assertEquals(List.of("complaint-new is published but sets maven.javadoc.skip: a repository needs its sources and "
                + "Javadoc jars"), PublishChecks.publishedJarsKeepTheirSourcesAndJavadoc(reactor));
    }

    @Test
    void aBomWithAParentOrAnotherVersionIsReported(@TempDir Path dir) throws IOException {
        ReactorPom reactor = reactor(dir, List.of("complaint-api", "complaint-new"), "");
        Path bomPom = dir.resolve("complaint-bom/pom.xml");
        Files.writeString(bomPom, Files.readString(bomPom).replace("<version>1.0.0</version>",
                "<parent><groupId>x</groupId><artifactId>root</artifactId><version>1.0.0</version></parent><version>1.0.1</version>"));
        List<String> problems = PublishChecks.bomStandsAloneAtTheReactorsVersion(ReactorPom.read(dir));
        assertTrue(problems.contains("complaint-bom has a parent: a host importing it would import the parent's "
                + "dependencyManagement too"), () -> problems.toString());
        assertTrue(problems.contains("complaint-bom is at 1.0.1 but the reactor at 1.0.0"), () -> problems.toString());
        assertTrue(problems.contains("complaint-bom does not write its licenses"), () -> problems.toString());
    }

    /**
     * A reactor of a root, complaint-api (with a module-info), complaint-new (no description, no module name,
     * the given properties) and a BOM listing the given artifacts.
     */
    private static ReactorPom reactor(Path dir, List<String> bomEntries, String newModuleProperties) throws IOException {
        write(dir.resolve("pom.xml"), """
                <project><groupId>x</groupId><artifactId>root</artifactId><version>1.0.0</version><packaging>pom</packaging>
                  <name>root</name><description>the root</description>
                  <modules><module>complaint-api</module><module>complaint-new</module><module>complaint-bom</module></modules>
                </project>""");
        write(dir.resolve("complaint-api/pom.xml"), """
                <project><parent><groupId>x</groupId><artifactId>root</artifactId><version>1.0.0</version></parent>
                  <artifactId>complaint-api</artifactId><name>api</name><description>the api</description></project>""");
        write(dir.resolve("complaint-api/src/main/java/module-info.java"), "module x.api {}");
        write(dir.resolve("complaint-new/pom.xml"), """
                <project><parent><groupId>x</groupId><artifactId>root</artifactId><version>1.0.0</version></parent>
                  <artifactId>complaint-new</artifactId><name>new</name><properties>%s</properties></project>"""
                .formatted(newModuleProperties));
        write(dir.resolve("complaint-bom/pom.xml"), """
                <project><groupId>x</groupId><artifactId>complaint-bom</artifactId><version>1.0.0</version>
                  <packaging>pom</packaging><name>bom</name><description>the bom</description>
                  <dependencyManagement><dependencies>%s</dependencies></dependencyManagement>
                </project>""".formatted(bomEntries.stream().map(a -> "<dependency><groupId>x</groupId><artifactId>" + a
                + "</artifactId><version>${project.version}</version></dependency>").collect(Collectors.joining())));
        return ReactorPom.read(dir);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
