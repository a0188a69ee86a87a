package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.EventSealer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * docs/spring-boot.md as a reader uses it: its Java examples compile against the starter, and its properties with
 * its configuration class start an application; every property and meter of the starter is on the page.
 */
class SpringBootDocsTest {
    static final Path PAGE = Path.of("../../docs/spring-boot.md");
    /** The examples the core's documentation test also runs: statements, with their imports. */
    static final Pattern STATEMENTS = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** The Spring examples: whole classes, with their imports. */
    static final Pattern CLASSES = Pattern.compile("```java spring\\n(.*?)```", Pattern.DOTALL);
    static final Pattern PROPERTIES = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);
    static final Pattern IMPORT = Pattern.compile("import\\s+[\\w.]+\\s*;\\s*");

    static String page() throws IOException {
        return Files.readString(PAGE, StandardCharsets.UTF_8);
    }

    static List<String> blocks(Pattern pattern) throws IOException {
        Matcher m = pattern.matcher(page());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Compiles sources, name to text, into a new directory with the test class path; fails with the diagnostics. */
    static Path compile(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("spring-boot-doc");
        List<JavaFileObject> files = new ArrayList<>();
        sources.forEach((name, text) -> files.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        }));
        StringWriter diagnostics = new StringWriter();
        boolean ok = compiler.getTask(diagnostics, null, null, List.of("-d", out.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none", "-parameters"), null, files).call();
        assertThat(ok).as("docs/spring-boot.md's examples compile:\n" + diagnostics).isTrue();
        return out;
    }

    static String className(String unit) {
        Matcher m = Pattern.compile("public class (\\w+)").matcher(unit);
        assertThat(m.find()).as("a Spring example declares a public class").isTrue();
        return m.group(1);
    }

    @Test
    void everyJavaExampleOnThePageCompilesAgainstTheStarter() throws IOException {
        List<String> statements = blocks(STATEMENTS);
        List<String> classes = blocks(CLASSES);
        assertThat(statements).isNotEmpty();
        assertThat(classes).isNotEmpty();
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String line : statements.get(i).split("\n", -1)) {
                (IMPORT.matcher(line).matches() ? imports : body).append(line).append('\n');
            }
            sources.put("Example" + i, imports + "public class Example" + i + " implements Runnable {\n"
                    + "  public void run() {\n" + body + "\n  }\n}\n");
        }
        for (String unit : classes) {
            sources.put(className(unit), unit);
        }
        compile(sources);
    }

    static Properties properties(String block) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(block));
        return properties;
    }

    @Test
    void thePropertiesAndTheConfigurationOnThePageStartAnApplication() throws Exception {
        String unit = blocks(CLASSES).get(0);
        Path classes = compile(Map.of(className(unit), unit));
        Properties properties = properties(blocks(PROPERTIES).get(0));
        List<String> pairs = new ArrayList<>();
        properties.forEach((k, v) -> pairs.add(k + "=" + v));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:docs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> configuration = loader.loadClass(className(unit));
            new ApplicationContextRunner().withClassLoader(loader)
                    .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class,
                            ComplaintKitMetricsAutoConfiguration.class, ComplaintKitHealthAutoConfiguration.class))
                    .withUserConfiguration(configuration)
                    .withPropertyValues(pairs.toArray(String[]::new))
                    .withPropertyValues("bank.complaints.seal-key=a-key-from-the-secret-store")
                    .withBean(DataSource.class, () -> h2)
                    .run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(NotificationDispatcher.class);
                        ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                        assertThat(engine.sla().policies()).extracting(SlaPolicy::id)
                                .containsExactly("cn.cbirc-2020-3", "bank.procedures");
                        assertThat(engine.sealer().getClass()).isEqualTo(EventSealer.hmacSha256(new byte[32]).getClass());
                    });
        }
    }

    @Test
    void theConfigurationOnThePageRefusesASealKeyShorterThanTheSixteenBytesItSays() throws Exception {
        String unit = blocks(CLASSES).get(0);
        assertThat(page()).contains("at least 16 bytes");
        Path classes = compile(Map.of(className(unit), unit));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            new ApplicationContextRunner().withClassLoader(loader)
                    .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class))
                    .withUserConfiguration(loader.loadClass(className(unit)))
                    .withPropertyValues(ComplaintKitAutoConfigurationTest.TRIAL)
                    .withPropertyValues("bank.complaints.seal-key=fifteen-bytes!")
                    .run(context -> assertThat(Failures.violations(context)).containsExactly("CMP-4003 sealKey"));
        }
    }

    @Test
    void everyTableOnThePageStartsRightUnderItsHeaderSoThatItRenders() throws IOException {
        assertThat(Pattern.compile("\\|-[-|]*\\|\\n\\s*\\n").matcher(page()).find())
                .as("a blank line between a table's |---| line and its first row").isFalse();
    }

    @Test
    void theCurlExamplesNeedNothingBeyondLinuxToMakeAnIdempotencyKey() throws IOException {
        assertThat(page()).doesNotContain("$(uuidgen)");
    }

    @Test
    void everyPropertyOnThePageIsAPropertyOfTheStarterAndEveryPropertyIsOnThePage() throws IOException {
        String page = page();
        for (String property : ConfigurationMetadataTest.PROPERTIES) {
            assertThat(page).as("the page's table names " + property).contains("| `" + property);
        }
        for (String block : blocks(PROPERTIES)) {
            for (String key : properties(block).stringPropertyNames()) {
                assertThat(ConfigurationMetadataTest.PROPERTIES).as(key + " is a property of the starter")
                        .anyMatch(p -> key.equals(p) || key.startsWith(p + "."));
            }
        }
    }

    @Test
    void everyMeterOfTheBindingIsOnThePage() throws IOException, IllegalAccessException {
        String page = page();
        int meters = 0;
        for (java.lang.reflect.Field field : MicrometerEngineObserver.class.getFields()) {
            if (field.getType() == String.class) {
                meters++;
                assertThat(page).contains("| `" + field.get(null) + "` |");
            }
        }
        assertThat(meters).isEqualTo(9);
    }

    @Test
    void everyStartUpCodeOfTheStarterIsOnThePage() throws IOException {
        String page = page();
        for (org.complaintkit.api.error.ErrorCode code : org.complaintkit.api.error.ErrorCode.values()) {
            if (code.name().startsWith("STARTER_")) {
                assertThat(page).contains("| `" + code.code() + "` |");
            }
        }
    }
}
