package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's jar ships the training corpus as resources, copied unchanged from complaint-core's corpus folder, and
 * never the frozen test split.
 */
class ShippedCorpusTest {
    static final Path CORPUS = Path.of("../../complaint-core/src/test/resources/corpus");
    /** What Maven packs into the jar: the module's built resources and classes. */
    static final Path JAR_CONTENT = Path.of("target/classes");

    @Test
    void theFrozenTestSplitIsNotAmongTheJarsResources() throws IOException {
        assertTrue(Files.exists(CORPUS.resolve("test-split.txt")), "the split exists beside the shipped files");
        try (Stream<Path> all = Files.walk(JAR_CONTENT)) {
            List<String> names = all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertTrue(names.contains("complaints.txt"), names.toString());
            assertFalse(names.contains("test-split.txt"), "the frozen test split must never ship");
        }
        assertNull(getClass().getClassLoader().getResource(ShippedCorpus.FOLDER + "test-split.txt"));
        assertFalse(ShippedCorpus.FILES.contains("test-split.txt"));
    }

    @Test
    void everyShippedFileIsTheCorpusFileUnchanged() throws IOException {
        for (String file : ShippedCorpus.FILES) {
            var url = getClass().getClassLoader().getResource(ShippedCorpus.FOLDER + file);
            assertNotNull(url, file);
            try (var in = url.openStream()) {
                assertEquals(Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
            }
        }
        try (Stream<Path> shipped = Files.list(JAR_CONTENT.resolve(ShippedCorpus.FOLDER))) {
            assertEquals(new HashSet<>(ShippedCorpus.FILES), shipped.map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet()), "the jar ships what FILES names, no more");
        }
    }

    @Test
    void theShippedExamplesAreEveryLabelledLineOfEveryFileWithDistinctIds() throws IOException {
        List<LabelledExample> examples = ShippedCorpus.examples();
        int lines = 0;
        for (String file : ShippedCorpus.FILES) {
            lines += LabelledCorpus.parse(Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8)).size();
        }
        assertEquals(lines, examples.size());
        Set<String> ids = new HashSet<>();
        examples.forEach(e -> assertTrue(ids.add(e.id()), "id twice: " + e.id()));
        for (LabelledExample e : examples) {
            assertEquals(new HashSet<>(LabelledCorpus.SCHEMES), e.labels().keySet(), e.id());
        }
    }
}
