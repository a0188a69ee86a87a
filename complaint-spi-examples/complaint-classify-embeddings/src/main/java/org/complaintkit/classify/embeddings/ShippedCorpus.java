package org.complaintkit.classify.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled complaints this module's jar ships as the base of every retraining: the project's training corpus
 * ({@code complaints.txt}), its hold-out set ({@code holdout.txt}) and the grown training sets
 * ({@code training-zh-hans.txt}, {@code training-zh-hant.txt}, {@code training-en.txt}), copied into the jar from
 * complaint-core's {@code corpus} folder at build time. The frozen test split ({@code test-split.txt}) is never
 * shipped: nothing is trained on it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ShippedCorpus {
    /** The folder of the jar the files are in. */
    public static final String FOLDER = "org/complaintkit/classify/embeddings/corpus/";
    /** The files shipped, in the order their examples are read. */
    public static final List<String> FILES = List.of("complaints.txt", "holdout.txt", "training-zh-hans.txt",
            "training-zh-hant.txt", "training-en.txt");

    private ShippedCorpus() {
    }

    /**
     * Reads every shipped file.
     *
     * @return the examples, file by file in {@link #FILES} order, each in file order
     * @throws IllegalStateException if a file the jar should ship is missing (a broken build)
     */
    public static List<LabelledExample> examples() {
        List<LabelledExample> out = new ArrayList<>();
        for (String file : FILES) {
            out.addAll(LabelledCorpus.parse(read(file)));
        }
        return List.copyOf(out);
    }

    private static String read(String file) {
        try (InputStream in = ShippedCorpus.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar does not ship " + FOLDER + file + ": the build is broken");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + file, e);
        }
    }
}
