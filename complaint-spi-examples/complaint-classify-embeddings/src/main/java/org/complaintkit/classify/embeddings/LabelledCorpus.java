package org.complaintkit.classify.embeddings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's labelled corpus format (complaint-core's {@code corpus/complaints.txt}): one complaint
 * a line, sixteen fields separated by {@code " | "}, the six seed schemes' classes in fields 9 to 14 and the
 * text last; lines starting with {@code #} are comments.
 */
public final class LabelledCorpus {
    /** The schemes, in the order of their fields. */
    public static final List<String> SCHEMES = List.of("seed.matter", "seed.type", "seed.content", "seed.cause",
            "seed.degree", "seed.incident");

    private LabelledCorpus() {
    }

    /**
     * Parses a corpus.
     *
     * @param text the file's content
     * @return the examples, in file order
     * @throws IllegalArgumentException naming the line numbers of every malformed line
     */
    public static List<LabelledExample> parse(String text) {
        List<LabelledExample> out = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ", 16);
            if (f.length != 16) {
                bad.add(n + 1);
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < SCHEMES.size(); i++) {
                labels.put(SCHEMES.get(i), f[8 + i].strip());
            }
            out.add(new LabelledExample(f[0].strip(), f[15], labels));
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("malformed corpus lines (16 fields expected): " + bad);
        }
        return out;
    }
}
