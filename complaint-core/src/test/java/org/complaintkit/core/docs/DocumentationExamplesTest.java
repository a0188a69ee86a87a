package org.complaintkit.core.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles and runs every {@code java} block of README.md and docs/*.md against the real modules, so
 * that the documentation cannot drift from the code.
 */
class DocumentationExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final String IMPORTS = String.join("\n",
            "import java.time.*;", "import java.util.*;",
            "import org.complaintkit.api.calendar.*;", "import org.complaintkit.api.command.*;",
            "import org.complaintkit.api.complaint.*;", "import org.complaintkit.api.error.*;",
            "import org.complaintkit.api.event.*;", "import org.complaintkit.api.organisation.*;",
            "import org.complaintkit.api.sla.*;", "import org.complaintkit.api.classification.*;", "import org.complaintkit.core.calendar.*;",
            "import org.complaintkit.core.engine.*;", "import org.complaintkit.core.lifecycle.*;",
            "import org.complaintkit.core.sla.*;", "import org.complaintkit.core.notification.*;",
            "import org.complaintkit.spi.notification.*;", "import org.complaintkit.core.integrity.*;",
            "import java.time.Clock;", "");

    record Example(String page, int number, String code) {
    }

    static List<Example> examples() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Example> out = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            int n = 0;
            while (m.find()) {
                out.add(new Example(page.getFileName().toString(), ++n, m.group(1)));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> every_java_example_in_the_docs_compiles_and_runs() throws IOException {
        List<Example> examples = examples();
        assertFalse(examples.isEmpty(), "the docs have java examples");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.page() + " example " + e.number(), () -> run(e)));
    }

    @org.junit.jupiter.api.Test
    void every_page_under_docs_is_linked_from_the_readme_or_the_index() throws IOException {
        String links = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)
                + Files.readString(ROOT.resolve("docs/index.md"), StandardCharsets.UTF_8);
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".md") && !name.equals("index.md"))
                    .filter(name -> !links.contains("(" + name + ")") && !links.contains("(docs/" + name + ")"))
                    .sorted().forEach(orphans::add);
        }
        assertTrue(orphans.isEmpty(), () -> "pages no one links to: " + orphans);
    }

    @org.junit.jupiter.api.Test
    void every_page_under_docs_has_a_runnable_example() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path page : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                if (!page.getFileName().toString().equals("index.md")
                        && !BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8)).find()) {
                    without.add(page.getFileName().toString());
                }
            }
        }
        assertTrue(without.isEmpty(), () -> "pages without a java example: " + without);
    }

    private static void run(Example example) throws Exception {
        String className = "DocExample" + Math.abs((example.page() + example.number()).hashCode());
        String source = IMPORTS + "public class " + className + " implements Runnable {\n"
                + "  public void run() {\n" + example.code() + "\n  }\n}\n";
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("doc-examples");
        StringWriter diagnostics = new StringWriter();
        SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                javax.tools.JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        boolean ok = compiler.getTask(diagnostics, null, null,
                List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"),
                null, List.of(file)).call();
        assertTrue(ok, () -> example.page() + " example " + example.number() + " does not compile:\n" + diagnostics);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                DocumentationExamplesTest.class.getClassLoader())) {
            Runnable runnable = (Runnable) loader.loadClass(className).getDeclaredConstructor().newInstance();
            runnable.run();
        }
    }
}
