package org.complaintkit.benchmarks.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.classify.embeddings.LabelledCorpus;
import org.complaintkit.classify.embeddings.LabelledExample;

/**
 * The project's labelled corpus (complaint-core's test resources, read in place): {@code complaints.txt} to train
 * on and {@code holdout.txt} for the complaints to classify. The frozen {@code test-split.txt} is never read here.
 * The folder is found by walking up from the working directory, or named by the system property
 * {@code complaintkit.corpus}.
 */
final class Corpus {
    /** The training set. */
    static final String TRAINING = "complaints.txt";
    /** The complaints classified while timed. */
    static final String HELD_OUT = "holdout.txt";

    private Corpus() {
    }

    static Path folder() {
        String named = System.getProperty("complaintkit.corpus");
        if (named != null) {
            return Path.of(named);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("complaint-core/src/test/resources/corpus");
            if (Files.isRegularFile(candidate.resolve(TRAINING))) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus folder not found above " + Path.of("").toAbsolutePath()
                + "; name it with -Dcomplaintkit.corpus=");
    }

    static String read(String file) {
        try {
            return Files.readString(folder().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labelled training examples, in file order. */
    static List<LabelledExample> training() {
        return LabelledCorpus.parse(read(TRAINING));
    }

    /**
     * The held-out complaints in these languages, with their channel and text only.
     *
     * @param languages corpus language tags ({@code zh-Hans}, {@code zh-Hant}, {@code en})
     */
    static List<ClassificationInput> heldOut(List<String> languages) {
        List<ClassificationInput> out = new ArrayList<>();
        for (String line : read(HELD_OUT).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split(" \\| ", 16);
            if (languages.contains(f[1].strip())) {
                out.add(ClassificationInput.of(Channel.valueOf(f[2].strip()), f[15]));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no held-out complaints in " + languages);
        }
        return List.copyOf(out);
    }
}
