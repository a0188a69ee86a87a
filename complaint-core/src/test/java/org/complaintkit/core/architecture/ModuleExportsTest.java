package org.complaintkit.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The module descriptor exports every package a host needs, and nothing internal. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ModuleExportsTest {

    @Test
    void the_core_module_exports_every_public_package_but_internal() throws IOException {
        Path classes = Path.of("target/classes");
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> packages;
        try (Stream<Path> files = Files.walk(classes)) {
            packages = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")
                            && !p.getFileName().toString().equals("module-info.class")
                            && !p.getFileName().toString().equals("package-info.class"))
                    .map(p -> classes.relativize(p.getParent()).toString().replace('/', '.'))
                    .filter(p -> !p.endsWith(".internal"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(packages, exported);
    }
}
