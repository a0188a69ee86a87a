package org.complaintkit.core.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One module of the Maven reactor as its own pom.xml writes it (not the effective POM: the enforcer's
 * publish-ready rule reads that), with its parent in the reactor when it has one. Enough to tell which modules
 * are published and what they declare themselves.
 *
 * @param directory the module's directory
 * @param artifactId its artifactId
 * @param packaging its packaging, {@code jar} when it writes none
 * @param version its version, or its parent's when it writes none
 * @param element the project element of its pom.xml
 * @param parent the reactor POM it inherits from, if any
 * @param modules the modules it aggregates, in the order it lists them
 */
record ReactorPom(Path directory, String artifactId, String packaging, String version, PomXml element,
        Optional<ReactorPom> parent, List<ReactorPom> modules) {

    /** Reads the POM in a directory and, recursively, every module it aggregates. */
    static ReactorPom read(Path directory) {
        return read(directory.toAbsolutePath().normalize(), Optional.empty());
    }

    private static ReactorPom read(Path directory, Optional<ReactorPom> aggregator) {
        PomXml project = parse(directory.resolve("pom.xml"));
        // the parent is the aggregator when their artifactIds agree (as in this reactor); otherwise none is followed
        Optional<ReactorPom> parent = project.child("parent")
                .flatMap(p -> aggregator.filter(a -> a.artifactId().equals(p.text("artifactId").orElse(""))));
        String version = project.text("version")
                .or(() -> project.child("parent").flatMap(p -> p.text("version"))).orElse("");
        List<ReactorPom> modules = new ArrayList<>();
        ReactorPom self = new ReactorPom(directory, project.text("artifactId").orElseThrow(),
                project.text("packaging").orElse("jar"), version, project, parent, modules);
        project.child("modules").ifPresent(list -> {
            for (PomXml module : list.all("module")) {
                modules.add(read(directory.resolve(module.text()).normalize(), Optional.of(self)));
            }
        });
        return self;
    }

    /** This module and every module below it, depth first in the order the POMs list them. */
    List<ReactorPom> all() {
        List<ReactorPom> out = new ArrayList<>();
        out.add(this);
        modules.forEach(m -> out.addAll(m.all()));
        return out;
    }

    /** A property as the module sees it: its own, else its parent's, up the chain. */
    Optional<String> property(String name) {
        Optional<String> own = element.child("properties").flatMap(p -> p.text(name));
        return own.isPresent() ? own : parent.flatMap(p -> p.property(name));
    }

    /**
     * Whether a repository gets this module: every module does except those that set
     * {@code maven.deploy.skip} to true (themselves or through a parent).
     */
    boolean published() {
        return !property("maven.deploy.skip").map(String::strip).orElse("false").equals("true");
    }

    /** Whether the module builds a jar a host depends on (not a POM: a parent, an aggregator, the BOM). */
    boolean jar() {
        return packaging.equals("jar");
    }

    /** A top-level element's text as this POM writes it, trimmed; empty when it writes none. */
    Optional<String> own(String name) {
        return element.child(name).filter(e -> !e.empty()).map(e -> e.children().isEmpty() ? e.text() : e.flat());
    }

    /** The artifactIds of the dependencyManagement entries, with the version each is given. */
    Map<String, String> managedVersions() {
        Map<String, String> out = new LinkedHashMap<>();
        element.child("dependencyManagement").flatMap(m -> m.child("dependencies")).ifPresent(deps -> {
            for (PomXml dependency : deps.all("dependency")) {
                out.put(dependency.text("artifactId").orElse(""), dependency.text("version").orElse(""));
            }
        });
        return out;
    }

    static PomXml parse(Path pom) {
        try {
            return PomXml.parse(Files.readString(pom, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pom, e);
        }
    }

    @Override
    public String toString() {
        return artifactId;
    }
}
