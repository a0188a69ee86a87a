package org.complaintkit.classify.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small deterministic stand-in for an embedding model, for tests that need no real one: character bigrams hashed
 * into 64 dimensions. It records every text it is asked to embed, so a test can check what reached it.
 */
final class RecordingModel implements EmbeddingModel {
    static final int DIMENSION = 64;
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    /** An embedder routing both languages through recording models, under an id of its own. */
    static Embedder embedder(String id, RecordingModel model) {
        return new Embedder(id, model, model);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment segment : segments) {
            String text = segment.text();
            seen.add(text);
            float[] v = new float[DIMENSION];
            for (int i = 0; i + 1 < text.length(); i++) {
                int h = (text.charAt(i) * 31 + text.charAt(i + 1)) * 0x9E3779B1;
                v[Math.floorMod(h >>> 7, DIMENSION)] += 1;
            }
            v[Math.floorMod(text.length(), DIMENSION)] += 0.5f;
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
