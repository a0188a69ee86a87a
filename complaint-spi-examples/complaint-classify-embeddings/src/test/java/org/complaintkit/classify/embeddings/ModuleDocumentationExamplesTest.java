package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles and runs every {@code java} block of README.md and docs/*.md that imports this module's package,
 * with the imports it shows and this module's test class path (api, core, this module and the models). Core's
 * {@code DocumentationExamplesTest} compiles every other block and leaves exactly these, by the same rule on the
 * same import lines ({@link #usesTheModule(List)}), so that no block is compiled by neither.
 *
 * <p>Each block runs in a JVM of its own, with outbound sockets refused as in this module's other tests: a block
 * loads the models, and switching the runtime offline must happen before that in the JVM that loads them, which
 * {@code EmbeddingClassifierTest} checks in this one.
 */
class ModuleDocumentationExamplesTest {
    /** The package whose import hands a block to this test; core's test names the same string. */
    static final String PACKAGE = "org.complaintkit.classify.embeddings";
    private static final Path ROOT = Path.of("../..");
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;\\s*");

    record Example(String page, int number, List<String> imports, String body) {
        String name() {
            return page + " example " + number;
        }
    }

    /**
     * Whether a block belongs to this module's test: one of its import lines names this package or a type, member
     * or sub-package in it.
     */
    static boolean usesTheModule(List<String> imports) {
        for (String line : imports) {
            Matcher m = IMPORT.matcher(line.strip());
            if (m.matches() && (m.group(2).equals(PACKAGE) || m.group(2).startsWith(PACKAGE + "."))) {
                return true;
            }
        }
        return false;
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
                n++;
                List<String> imports = new ArrayList<>();
                String[] lines = m.group(1).split("\n", -1);
                int first = 0;
                while (first < lines.length && (lines[first].isBlank() || IMPORT.matcher(lines[first]).matches())) {
                    if (!lines[first].isBlank()) {
                        imports.add(lines[first].strip());
                    }
                    first++;
                }
                out.add(new Example(page.getFileName().toString(), n, imports,
                        String.join("\n", List.of(lines).subList(first, lines.length))));
            }
        }
        return out;
    }

    private static List<Example> ofTheModule() throws IOException {
        return examples().stream().filter(e -> usesTheModule(e.imports())).toList();
    }

    @Test
    void thePackageThatHandsABlockToThisTestIsThisModulesPackage() {
        assertEquals(PACKAGE, EmbeddingClassifier.class.getPackageName());
    }

    @Test
    void aBlockBelongsToTheModuleExactlyWhenAnImportNamesItsPackage() {
        assertTrue(usesTheModule(List.of("import java.util.List;",
                "import org.complaintkit.classify.embeddings.EmbeddingClassifier;")));
        assertTrue(usesTheModule(List.of("import org.complaintkit.classify.embeddings.*;")));
        assertTrue(usesTheModule(
                List.of("import static org.complaintkit.classify.embeddings.EmbeddingClassifier.NEAREST;")));
        assertFalse(usesTheModule(List.of("import org.complaintkit.core.classification.RuleClassifier;")));
        assertFalse(usesTheModule(List.of("import org.complaintkit.classify.embeddingsextra.Other;")));
        assertFalse(usesTheModule(List.of()));
    }

    @Test
    void theClassificationPageShowsTheModuleInACompiledExample() throws IOException {
        assertTrue(ofTheModule().stream().anyMatch(e -> e.page().equals("classification.md")),
                "docs/classification.md has a java block that imports " + PACKAGE);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleThatImportsTheModuleCompilesAndRuns() throws IOException {
        return ofTheModule().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> compileAndRun(e)));
    }

    private static void compileAndRun(Example example) throws Exception {
        String className = "ModuleDocExample" + Math.abs((example.page() + example.number()).hashCode());
        // Only the imports the example shows, and the body as a method body, as core's test does.
        String source = String.join("\n", example.imports()) + "\n"
                + "public class " + className + " implements Runnable {\n"
                + "  public static void main(String[] args) {\n    new " + className + "().run();\n  }\n"
                + "  public void run() {\n" + example.body() + "\n  }\n}\n";
        Path out = Files.createTempDirectory("module-doc-examples");
        StringWriter diagnostics = new StringWriter();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String classPath = System.getProperty("java.class.path");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-d", out.toString(), "-classpath", classPath, "-proc:none"), null, List.of(file)).call();
        assertTrue(compiled, () -> example.name() + " does not compile with the imports it shows:\n" + diagnostics);

        Path log = out.resolve("run.log");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-DsocksProxyHost=127.0.0.1", "-DsocksProxyPort=9",
                "-cp", out + System.getProperty("path.separator") + classPath, className)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = run.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended && run.exitValue() == 0, () -> example.name() + " failed when run:\n" + output);
    }
}
