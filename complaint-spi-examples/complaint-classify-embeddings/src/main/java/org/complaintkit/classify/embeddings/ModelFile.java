package org.complaintkit.classify.embeddings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * Writes a trained {@link EmbeddingClassifier} to a file and reads it back, so that a host trains once (in a job of
 * its own) and loads in a fraction of the time at start-up. A loaded model classifies exactly as the trained one.
 *
 * <p><b>Format</b> (big-endian, revision {@value #REVISION}): the magic {@code CKEMBMDL}; the format revision (int);
 * then the classifier's name, its version, the training digest, the embedder's id (each as modified UTF-8), the
 * vector dimension (int), the minimum confidence and the training settings; the number of schemes and, per scheme,
 * its id, its taxonomy version, its class codes and the head's weights and biases (doubles); the number of labelled
 * examples and, per example, its id and its vector, for nearest-example explanations; last, the SHA-256 of every
 * byte before it. The file holds <b>no text</b> of any complaint or example, hence no personal data: only ids,
 * class codes and numbers.
 *
 * <p><b>Loading</b> refuses a file with one {@link ConfigurationException} listing every problem: not a model file
 * ({@link ErrorCode#MODEL_FILE_NOT_A_MODEL}), another format revision ({@link ErrorCode#MODEL_FILE_REVISION}),
 * truncated or corrupt, by its checksum ({@link ErrorCode#MODEL_FILE_CORRUPT}); and, once the file is whole, every
 * mismatch with what it is loaded with: another embedder ({@link ErrorCode#MODEL_EMBEDDER_MISMATCH}), a scheme or
 * scheme version the given taxonomies lack ({@link ErrorCode#MODEL_TAXONOMY_GONE}), a class its scheme no longer
 * has ({@link ErrorCode#MODEL_CLASS_GONE}). Nothing is loaded half.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelFile {
    /** The first bytes of every model file. */
    static final byte[] MAGIC = "CKEMBMDL".getBytes(StandardCharsets.US_ASCII);
    /** The format revision this version writes and reads. */
    public static final int REVISION = 1;
    private static final int CHECKSUM = 32;
    private static final String PATH = "modelFile";

    private ModelFile() {
    }

    /**
     * Writes a model to a stream.
     *
     * @param model the trained model
     * @param out the stream, left open
     * @throws IOException if the stream fails
     */
    public static void write(EmbeddingClassifier model, OutputStream out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(out, "out");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.write(MAGIC);
        data.writeInt(REVISION);
        data.writeUTF(model.name());
        data.writeUTF(model.version());
        data.writeUTF(model.trainingDigest());
        data.writeUTF(model.embedder().id());
        data.writeInt(model.embedder().dimension());
        data.writeDouble(model.minConfidence());
        data.writeInt(model.settings().epochs());
        data.writeDouble(model.settings().learningRate());
        data.writeDouble(model.settings().l2());
        data.writeInt(model.taxonomies().size());
        for (Taxonomy t : model.taxonomies()) {
            data.writeUTF(t.scheme());
            data.writeUTF(t.version());
            List<String> codes = model.codes(t.scheme());
            data.writeInt(codes.size());
            for (String code : codes) {
                data.writeUTF(code);
            }
            SoftmaxRegression head = model.head(t.scheme());
            for (double[] row : head.weights()) {
                writeDoubles(data, row);
            }
            writeDoubles(data, head.bias());
        }
        data.writeInt(model.exampleIds().size());
        for (int i = 0; i < model.exampleIds().size(); i++) {
            data.writeUTF(model.exampleIds().get(i));
            writeDoubles(data, model.exampleVectors()[i]);
        }
        data.flush();
        byte[] body = bytes.toByteArray();
        out.write(body);
        out.write(sha256(body, body.length));
        out.flush();
    }

    /**
     * Writes a model to a file, through a temporary file beside it, so that a reader never sees half a file.
     *
     * @param model the trained model
     * @param file the file, replaced if it exists
     * @throws IOException if the file cannot be written
     */
    public static void save(EmbeddingClassifier model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(model, out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads a model from a file.
     *
     * @param file the file
     * @param embedder the embedder to classify with, of the id the model was trained with
     * @param taxonomies the schemes now, which must hold every scheme version and class the model names
     * @return the model, classifying exactly as the one written
     * @throws IOException if the file cannot be read
     * @throws ConfigurationException listing every problem with the file (see the class comment)
     */
    public static EmbeddingClassifier load(Path file, Embedder embedder, List<Taxonomy> taxonomies) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, embedder, taxonomies);
        }
    }

    /**
     * Reads a model from a stream, to its end.
     *
     * @param in the stream, left open
     * @param embedder the embedder to classify with, of the id the model was trained with
     * @param taxonomies the schemes now, which must hold every scheme version and class the model names
     * @return the model, classifying exactly as the one written
     * @throws IOException if the stream fails
     * @throws ConfigurationException listing every problem with the file (see the class comment)
     */
    public static EmbeddingClassifier read(InputStream in, Embedder embedder, List<Taxonomy> taxonomies)
            throws IOException {
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(taxonomies, "taxonomies");
        byte[] all = in.readAllBytes();
        if (all.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            throw refused(ErrorCode.MODEL_FILE_NOT_A_MODEL, PATH, "does not start with the model file's magic");
        }
        if (all.length < MAGIC.length + 4) {
            throw refused(ErrorCode.MODEL_FILE_CORRUPT, PATH, "ends before its format revision");
        }
        int revision = ((all[8] & 0xff) << 24) | ((all[9] & 0xff) << 16) | ((all[10] & 0xff) << 8) | (all[11] & 0xff);
        if (revision != REVISION) {
            throw refused(ErrorCode.MODEL_FILE_REVISION, PATH + ".revision",
                    "is format revision " + revision + "; this version reads revision " + REVISION);
        }
        int bodyLength = all.length - CHECKSUM;
        if (bodyLength < MAGIC.length + 4
                || !MessageDigest.isEqual(sha256(all, bodyLength), Arrays.copyOfRange(all, bodyLength, all.length))) {
            throw refused(ErrorCode.MODEL_FILE_CORRUPT, PATH,
                    "its checksum does not match its content: the file is truncated or was changed");
        }
        Saved saved;
        try {
            saved = parse(new DataInputStream(new ByteArrayInputStream(all, MAGIC.length + 4,
                    bodyLength - MAGIC.length - 4)), bodyLength - MAGIC.length - 4);
        } catch (EOFException | IllegalArgumentException e) {
            throw refused(ErrorCode.MODEL_FILE_CORRUPT, PATH, "its content is malformed though its checksum matches");
        }
        return check(saved, embedder, taxonomies);
    }

    /** What a file holds, before it is checked against the embedder and the schemes. */
    private record Saved(String name, String version, String trainingDigest, String embedderId, int dimension,
                         double minConfidence, SoftmaxRegression.Settings settings, List<SavedHead> heads,
                         List<String> exampleIds, double[][] exampleVectors) {
    }

    private record SavedHead(String scheme, String taxonomyVersion, List<String> codes, SoftmaxRegression model) {
    }

    private static Saved parse(DataInputStream data, int length) throws IOException {
        String name = data.readUTF();
        String version = data.readUTF();
        String trainingDigest = data.readUTF();
        String embedderId = data.readUTF();
        int dimension = count(data.readInt(), length / 8);
        double minConfidence = data.readDouble();
        SoftmaxRegression.Settings settings = new SoftmaxRegression.Settings(data.readInt(), data.readDouble(),
                data.readDouble());
        int schemes = count(data.readInt(), length);
        List<SavedHead> heads = new ArrayList<>();
        for (int s = 0; s < schemes; s++) {
            String scheme = data.readUTF();
            String taxonomyVersion = data.readUTF();
            int classes = count(data.readInt(), length);
            List<String> codes = new ArrayList<>();
            for (int k = 0; k < classes; k++) {
                codes.add(data.readUTF());
            }
            double[][] weights = new double[classes][];
            for (int k = 0; k < classes; k++) {
                weights[k] = readDoubles(data, dimension);
            }
            heads.add(new SavedHead(scheme, taxonomyVersion, List.copyOf(codes),
                    SoftmaxRegression.of(weights, readDoubles(data, classes))));
        }
        int examples = count(data.readInt(), length);
        List<String> ids = new ArrayList<>();
        double[][] vectors = new double[examples][];
        for (int i = 0; i < examples; i++) {
            ids.add(data.readUTF());
            vectors[i] = readDoubles(data, dimension);
        }
        if (data.available() != 0) {
            throw new IllegalArgumentException("bytes after the last example");
        }
        return new Saved(name, version, trainingDigest, embedderId, dimension, minConfidence, settings,
                List.copyOf(heads), List.copyOf(ids), vectors);
    }

    /** Every mismatch between the file and what it is loaded with, all at once; else the restored classifier. */
    private static EmbeddingClassifier check(Saved saved, Embedder embedder, List<Taxonomy> taxonomies) {
        List<Violation> problems = new ArrayList<>();
        if (!saved.embedderId().equals(embedder.id()) || saved.dimension() != embedder.dimension()) {
            problems.add(new Violation(ErrorCode.MODEL_EMBEDDER_MISMATCH, PATH + ".embedder",
                    "the model was trained with " + saved.embedderId() + " (dimension " + saved.dimension()
                            + "), not with " + embedder.id() + " (dimension " + embedder.dimension() + ")"));
        }
        List<Taxonomy> used = new ArrayList<>();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Map<String, SoftmaxRegression> models = new LinkedHashMap<>();
        for (SavedHead head : saved.heads()) {
            String at = PATH + ".schemes[" + head.scheme() + "]";
            Optional<Taxonomy> now = taxonomies.stream().filter(t -> t.scheme().equals(head.scheme())).findFirst();
            if (now.isEmpty()) {
                problems.add(new Violation(ErrorCode.MODEL_TAXONOMY_GONE, at,
                        "the scheme is not among the schemes the model is loaded with"));
                continue;
            }
            if (!now.get().version().equals(head.taxonomyVersion())) {
                problems.add(new Violation(ErrorCode.MODEL_TAXONOMY_GONE, at + ".version",
                        "the model was trained on version " + head.taxonomyVersion() + ", which no longer exists;"
                                + " the scheme is at version " + now.get().version() + ": retrain"));
            }
            for (String code : head.codes()) {
                if (!now.get().contains(code)) {
                    problems.add(new Violation(ErrorCode.MODEL_CLASS_GONE, at + ".classes[" + code + "]",
                            "the scheme no longer has this class: retrain"));
                }
            }
            used.add(now.get());
            codes.put(head.scheme(), head.codes());
            models.put(head.scheme(), head.model());
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        EmbeddingClassifier model = EmbeddingClassifier.restore(saved.name(), embedder, used, codes, models,
                saved.exampleIds(), saved.exampleVectors(), saved.minConfidence(), saved.settings(),
                saved.trainingDigest());
        if (!model.version().equals(saved.version())) {
            throw refused(ErrorCode.MODEL_FILE_CORRUPT, PATH + ".version", "the recorded version " + saved.version()
                    + " does not follow from the file's training digest and minimum confidence");
        }
        return model;
    }

    private static int count(int value, int bound) {
        if (value < 0 || value > bound) {
            throw new IllegalArgumentException("a count outside the file");
        }
        return value;
    }

    private static void writeDoubles(DataOutputStream data, double[] values) throws IOException {
        for (double v : values) {
            data.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream data, int n) throws IOException {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = data.readDouble();
        }
        return out;
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(bytes, 0, length);
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static ConfigurationException refused(ErrorCode code, String path, String message) {
        return new ConfigurationException(List.of(new Violation(code, path, message)));
    }
}
