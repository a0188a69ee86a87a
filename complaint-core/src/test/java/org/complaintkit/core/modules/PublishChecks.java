package org.complaintkit.core.modules;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a repository needs of the reactor that the effective POM cannot tell (the enforcer's publish-ready rule
 * checks the inherited metadata of each module): the BOM lists exactly the published jars at the reactor's
 * version and carries the metadata itself, and each published module names and describes itself, names its Java
 * module and keeps its sources and Javadoc jars. Each check returns the problems it finds, one sentence each.
 */
final class PublishChecks {
    static final String BOM = "complaint-bom";
    /** The metadata a repository reads, which the BOM must write itself since it has no parent. */
    private static final List<String> METADATA = List.of("name", "description", "url", "licenses", "developers", "scm");

    private PublishChecks() {
    }

    /** The BOM of a reactor, if it has one. */
    static Optional<ReactorPom> bom(ReactorPom root) {
        return root.all().stream().filter(m -> m.artifactId().equals(BOM)).findFirst();
    }

    /** Every published jar of the reactor is in the BOM; nothing else is. */
    static List<String> bomListsExactlyThePublishedJars(ReactorPom root) {
        List<String> problems = new ArrayList<>();
        Optional<ReactorPom> bom = bom(root);
        if (bom.isEmpty()) {
            return List.of("the reactor has no " + BOM + " module");
        }
        Map<String, String> listed = bom.get().managedVersions();
        Set<String> published = new TreeSet<>();
        Set<String> unpublished = new TreeSet<>();
        for (ReactorPom module : root.all()) {
            if (module.jar()) {
                (module.published() ? published : unpublished).add(module.artifactId());
            }
        }
        for (String artifact : published) {
            if (!listed.containsKey(artifact)) {
                problems.add(artifact + " is published but missing from " + BOM
                        + " (add it there, or set maven.deploy.skip to true in its POM if it is not published)");
            }
        }
        for (String artifact : listed.keySet()) {
            if (unpublished.contains(artifact)) {
                problems.add(BOM + " lists " + artifact + ", which is not published (maven.deploy.skip)");
            } else if (!published.contains(artifact)) {
                problems.add(BOM + " lists " + artifact + ", which no module of the reactor builds");
            }
        }
        listed.forEach((artifact, version) -> {
            if (!version.equals("${project.version}")) {
                problems.add(BOM + " gives " + artifact + " the version '" + version + "' instead of ${project.version}");
            }
        });
        return problems;
    }

    /**
     * The BOM has no parent (a host importing it would get the parent's dependencyManagement too), so it must be
     * at the reactor's version and write the metadata itself.
     */
    static List<String> bomStandsAloneAtTheReactorsVersion(ReactorPom root) {
        Optional<ReactorPom> found = bom(root);
        if (found.isEmpty()) {
            return List.of("the reactor has no " + BOM + " module");
        }
        ReactorPom bom = found.get();
        List<String> problems = new ArrayList<>();
        if (bom.element().child("parent").isPresent()) {
            problems.add(BOM + " has a parent: a host importing it would import the parent's dependencyManagement too");
        }
        if (!bom.version().equals(root.version())) {
            problems.add(BOM + " is at " + bom.version() + " but the reactor at " + root.version());
        }
        if (!bom.packaging().equals("pom")) {
            problems.add(BOM + " has packaging " + bom.packaging() + " instead of pom");
        }
        for (String element : METADATA) {
            if (bom.own(element).isEmpty()) {
                problems.add(BOM + " does not write its " + element);
            }
        }
        if (bom.own("properties").isEmpty() || bom.property("project.build.outputTimestamp").isEmpty()) {
            problems.add(BOM + " does not set project.build.outputTimestamp");
        }
        return problems;
    }

    /** Every published module writes its own name and description (Maven would inherit the parent's description). */
    static List<String> publishedModulesDescribeThemselves(ReactorPom root) {
        List<String> problems = new ArrayList<>();
        for (ReactorPom module : root.all()) {
            if (module.published()) {
                for (String element : List.of("name", "description")) {
                    if (module.own(element).isEmpty()) {
                        problems.add(module.artifactId() + " is published but writes no " + element + " of its own");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Every published jar names its Java module: a module-info.java, or an Automatic-Module-Name from the
     * automatic.module.name property (the examples' module-name profile writes it into the manifest).
     */
    static List<String> publishedJarsNameTheirModule(ReactorPom root) {
        List<String> problems = new ArrayList<>();
        for (ReactorPom module : root.all()) {
            if (module.published() && module.jar()
                    && !Files.exists(module.directory().resolve("src/main/java/module-info.java"))
                    && module.property("automatic.module.name").filter(n -> n.matches("org\\.complaintkit(\\.[a-z][a-z0-9]*)+")).isEmpty()) {
                problems.add(module.artifactId() + " is published but names no module: add src/main/java/module-info.java"
                        + " or the property automatic.module.name (org.complaintkit.something)");
            }
        }
        return problems;
    }

    /** No published module turns off the sources or Javadoc jar that the release profile builds. */
    static List<String> publishedJarsKeepTheirSourcesAndJavadoc(ReactorPom root) {
        List<String> problems = new ArrayList<>();
        for (ReactorPom module : root.all()) {
            if (module.published() && module.jar()) {
                for (String skip : List.of("maven.source.skip", "maven.javadoc.skip", "skipSource")) {
                    if (module.property(skip).map(String::strip).orElse("false").equals("true")) {
                        problems.add(module.artifactId() + " is published but sets " + skip
                                + ": a repository needs its sources and Javadoc jars");
                    }
                }
            }
        }
        return problems;
    }
}
