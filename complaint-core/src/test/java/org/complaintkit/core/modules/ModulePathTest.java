package org.complaintkit.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank's application that is a module of its own, {@code requires org.complaintkit.core;} and nothing else,
 * compiled and started on the module path in a layer of its own, with the library's jars as a host would have
 * them: the api, core, slf4j, Jakarta Validation, Hibernate Validator and what it needs. It builds an engine
 * and moves a complaint, which runs Hibernate Validator over the commands.
 */
class ModulePathTest {
    private static final String APP_MODULE = """
            module bank.app {
                requires org.complaintkit.core;
                exports bank.app;
            }
            """;
    private static final String APP = """
            package bank.app;

            import java.time.Clock;
            import java.time.Instant;
            import java.time.ZoneId;
            import java.util.List;
            import java.util.Set;
            import org.complaintkit.api.command.AcceptComplaint;
            import org.complaintkit.api.command.CommandResult;
            import org.complaintkit.api.command.IdempotencyKey;
            import org.complaintkit.api.command.RegisterComplaint;
            import org.complaintkit.api.complaint.Channel;
            import org.complaintkit.api.complaint.Complainant;
            import org.complaintkit.api.complaint.ComplaintSubject;
            import org.complaintkit.api.complaint.ContactMethod;
            import org.complaintkit.api.complaint.ContactPoint;
            import org.complaintkit.api.complaint.CustomerRef;
            import org.complaintkit.api.complaint.CustomerSegment;
            import org.complaintkit.api.complaint.Sensitive;
            import org.complaintkit.api.error.InvalidInputException;
            import org.complaintkit.api.organisation.Actor;
            import org.complaintkit.api.organisation.Role;
            import org.complaintkit.api.organisation.StaffId;
            import org.complaintkit.api.organisation.UnitId;
            import org.complaintkit.core.engine.ComplaintEngine;

            public final class Main {
                public static String run() {
                    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
                    ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();
                    Actor teller = Actor.staff(StaffId.of("S-1001"), UnitId.of("GD-SZ-FT-001"), Role.RECEIVER);
                    Complainant customer = new Complainant(CustomerRef.of("CIF1"), Sensitive.of("张三"),
                            CustomerSegment.ORDINARY, Set.of(), ContactPoint.of(ContactMethod.PHONE, "13800000000"));
                    CommandResult registered = engine.execute(new RegisterComplaint(teller, IdempotencyKey.of("m-1"),
                            customer, Channel.COUNTER, clock.instant(), UnitId.of("GD-SZ-FT-001"),
                            List.of(ComplaintSubject.product("CARD")), Sensitive.of("年费"), Sensitive.of("退还"), null));
                    String refused;
                    try {
                        engine.execute(new RegisterComplaint(teller, IdempotencyKey.of("m-2"), customer,
                                Channel.COUNTER, clock.instant(), UnitId.of("GD-SZ-FT-001"), List.of(),
                                Sensitive.of(""), Sensitive.of("退还"), null));
                        refused = "accepted";
                    } catch (InvalidInputException e) {
                        refused = e.code().code();
                    }
                    CommandResult accepted = engine.execute(new AcceptComplaint(registered.complaintId(), teller,
                            IdempotencyKey.of("m-3")));
                    return accepted.state().status() + " " + refused + " "
                            + ComplaintEngine.class.getModule().getName();
                }
            }
            """;

    @Test
    void aBankApplicationOnTheModulePathRequiringOnlyTheCoreModuleBuildsAnEngineAndValidatesCommands(
            @TempDir Path work) throws Exception {
        List<Path> library = libraryJars();
        Path source = work.resolve("src");
        Files.createDirectories(source.resolve("bank/app"));
        Files.writeString(source.resolve("module-info.java"), APP_MODULE);
        Files.writeString(source.resolve("bank/app/Main.java"), APP);
        Path classes = work.resolve("classes");
        String modulePath = library.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = compiler.getTask(errors, null, null, List.of("--release", "17", "--module-path", modulePath,
                        "-d", classes.toString()), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(
                        source.resolve("module-info.java"), source.resolve("bank/app/Main.java"))).call();
        assertTrue(compiled, errors.toString());

        List<Path> modules = new ArrayList<>(library);
        modules.add(0, classes);
        ModuleFinder finder = ModuleFinder.of(modules.toArray(Path[]::new));
        Configuration configuration = Configuration.resolve(finder, List.of(ModuleLayer.boot().configuration()),
                ModuleFinder.of(), Set.of("bank.app"));
        ModuleLayer layer = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(ModuleLayer.boot()),
                ClassLoader.getPlatformClassLoader()).layer();
        Class<?> main = layer.findLoader("bank.app").loadClass("bank.app.Main");
        assertEquals(layer, main.getModule().getLayer(), "the application runs in its own layer");
        String outcome = (String) main.getMethod("run").invoke(null);
        // CMP-1002: the empty content and subjects are refused by Hibernate Validator, running on the module path.
        assertEquals("ACCEPTED CMP-1002 org.complaintkit.core", outcome);
    }

    /** Where the library's classes and each jar it needs at run time are, as a host's build would list them. */
    private static List<Path> libraryJars() throws URISyntaxException, ClassNotFoundException, IOException {
        Set<Path> paths = new LinkedHashSet<>();
        for (String type : List.of("org.complaintkit.api.complaint.ComplaintId",
                "org.complaintkit.core.engine.ComplaintEngine", "org.slf4j.LoggerFactory",
                "jakarta.validation.Validation", "org.hibernate.validator.HibernateValidator",
                "com.fasterxml.classmate.TypeResolver", "org.jboss.logging.Logger")) {
            paths.add(Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        for (Path path : paths) {
            assertTrue(Files.exists(path), path.toString());
        }
        return List.copyOf(paths);
    }
}
