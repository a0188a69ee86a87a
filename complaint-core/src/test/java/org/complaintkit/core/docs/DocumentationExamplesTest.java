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
import java.util.Arrays;
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
 * that the documentation cannot drift from the code. Each block starts with the imports it needs and is
 * compiled with those alone, so a reader can copy it as it stands.
 *
 * <p>A block that imports the embedding classifier's package ({@value #EMBEDDINGS_PACKAGE}) needs that module
 * and its models, which core does not depend on: it is left to the module's {@code ModuleDocumentationExamplesTest},
 * which compiles and runs exactly the blocks this test leaves, by the same rule on the same import lines
 * ({@link #leftToTheEmbeddingsModule(List)}). Every other block is compiled and run here.
 */
class DocumentationExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** An import line at the top of an example. */
    private static final Pattern IMPORT = Pattern.compile("import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;\\s*");
    /** A package-qualified name written inline, such as {@code org.complaintkit.core.sla.preset.ChinaCbirc}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(org|java|javax|jakarta|com)\\.[a-z]\\w*\\.");
    /** The package whose import leaves a block to complaint-classify-embeddings' test; that test names the same. */
    static final String EMBEDDINGS_PACKAGE = "org.complaintkit.classify.embeddings";

    /**
     * One example: the imports it shows at its top and the statements after them.
     *
     * @param page the page it is on
     * @param number its number on the page, from 1
     * @param imports its import lines, as written
     * @param body the statements, run as the body of a method
     */
    record Example(String page, int number, List<String> imports, String body) {

        String name() {
            return page + " example " + number;
        }

        static Example parse(String page, int number, String code) {
            List<String> imports = new ArrayList<>();
            String[] lines = code.split("\n", -1);
            int first = 0;
            while (first < lines.length && (lines[first].isBlank() || IMPORT.matcher(lines[first]).matches())) {
                if (!lines[first].isBlank()) {
                    imports.add(lines[first].strip());
                }
                first++;
            }
            return new Example(page, number, imports,
                    String.join("\n", Arrays.asList(lines).subList(first, lines.length)));
        }
    }

    /**
     * Whether a block is compiled by complaint-classify-embeddings' test instead of here: one of its import lines
     * names the embedding module's package or a type, member or sub-package in it.
     *
     * @param imports the block's import lines
     * @return true if the module's test compiles it
     */
    static boolean leftToTheEmbeddingsModule(List<String> imports) {
        for (String line : imports) {
            Matcher m = IMPORT.matcher(line.strip());
            if (m.matches()
                    && (m.group(2).equals(EMBEDDINGS_PACKAGE) || m.group(2).startsWith(EMBEDDINGS_PACKAGE + "."))) {
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
                out.add(Example.parse(page.getFileName().toString(), ++n, m.group(1)));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> every_java_example_in_the_docs_compiles_and_runs() throws IOException {
        List<Example> examples = examples().stream().filter(e -> !leftToTheEmbeddingsModule(e.imports())).toList();
        assertFalse(examples.isEmpty(), "the docs have java examples");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> run(e)));
    }

    @org.junit.jupiter.api.Test
    void a_block_is_left_to_the_embeddings_module_exactly_when_an_import_names_its_package() {
        assertTrue(leftToTheEmbeddingsModule(List.of("import java.util.List;",
                "import org.complaintkit.classify.embeddings.EmbeddingClassifier;")));
        assertTrue(leftToTheEmbeddingsModule(List.of("import org.complaintkit.classify.embeddings.*;")));
        assertTrue(leftToTheEmbeddingsModule(
                List.of("import static org.complaintkit.classify.embeddings.EmbeddingClassifier.NEAREST;")));
        assertFalse(leftToTheEmbeddingsModule(List.of("import org.complaintkit.core.classification.RuleClassifier;")));
        assertFalse(leftToTheEmbeddingsModule(List.of("import org.complaintkit.classify.embeddingsextra.Other;")));
        assertFalse(leftToTheEmbeddingsModule(List.of()));
    }

    @org.junit.jupiter.api.Test
    void the_blocks_left_to_the_embeddings_module_are_compiled_by_its_test_on_the_same_rule() throws IOException {
        List<Example> left = examples().stream().filter(e -> leftToTheEmbeddingsModule(e.imports())).toList();
        assertFalse(left.isEmpty(), "docs/classification.md shows the embedding module in a compiled example");
        Path twin = ROOT.resolve("complaint-spi-examples/complaint-classify-embeddings/src/test/java/"
                + "org/complaintkit/classify/embeddings/ModuleDocumentationExamplesTest.java");
        assertTrue(Files.isRegularFile(twin), () -> "the blocks " + left.stream().map(Example::name).toList()
                + " are compiled by neither test without " + twin);
        String source = Files.readString(twin, StandardCharsets.UTF_8);
        assertTrue(source.contains("static final String PACKAGE = \"" + EMBEDDINGS_PACKAGE + "\";"),
                "the module's test hands itself the blocks of the same package");
        assertTrue(source.contains("ROOT.resolve(\"README.md\")") && source.contains("ROOT.resolve(\"docs\")"),
                "the module's test reads the same pages");
    }

    @TestFactory
    Stream<DynamicTest> every_java_example_shows_the_imports_it_uses_and_names_types_by_their_simple_names()
            throws IOException {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            assertFalse(e.imports().isEmpty(), () -> e.name() + " shows no imports");
            Matcher qualified = QUALIFIED.matcher(e.body());
            assertFalse(qualified.find(), () -> e.name() + " writes a qualified name inline instead of importing it: "
                    + e.body().substring(qualified.start(), Math.min(e.body().length(), qualified.start() + 60)));
            for (String line : e.imports()) {
                Matcher m = IMPORT.matcher(line);
                assertTrue(m.matches());
                String name = m.group(2);
                if (m.group(3) == null) {
                    String simple = name.substring(name.lastIndexOf('.') + 1);
                    assertTrue(Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(e.body()).find(),
                            () -> e.name() + " imports " + name + " but does not use it");
                }
            }
        }));
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
        // Only the imports the example shows: a type it uses without showing its import does not compile.
        String source = String.join("\n", example.imports()) + "\n"
                + "public class " + className + " implements Runnable {\n"
                + "  public void run() {\n" + example.body() + "\n  }\n}\n";
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
        assertTrue(ok, () -> example.name() + " does not compile with the imports it shows:\n" + diagnostics);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                DocumentationExamplesTest.class.getClassLoader())) {
            Runnable runnable = (Runnable) loader.loadClass(className).getDeclaredConstructor().newInstance();
            runnable.run();
        }
    }
}
