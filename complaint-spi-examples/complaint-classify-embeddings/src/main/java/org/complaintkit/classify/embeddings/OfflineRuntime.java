package org.complaintkit.classify.embeddings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Keeps the embedding runtime on the host: DJL's tokenizer library, which the model artifacts bring, reports
 * usage to a remote address unless told not to, and unpacks its native library into a cache folder. This
 * sets, as system properties, {@code ai.djl.offline=true} and {@code OPT_OUT_TRACKING=true} (DJL reads each
 * from the environment or from a system property of the same name) and points {@code DJL_CACHE_DIR} and
 * {@code ENGINE_CACHE_DIR} at a folder the host chooses (by default DJL writes under {@code ~/.djl.ai}).
 * ONNX Runtime unpacks its native library under {@code java.io.tmpdir}; a host that wants it elsewhere sets
 * {@code onnxruntime.native.path} to a folder holding the library.
 *
 * <p>Must run before any model class is loaded; {@link EmbeddingModels} calls it for the host.
 */
public final class OfflineRuntime {
    /** DJL's switch that forbids downloads. */
    public static final String OFFLINE = "ai.djl.offline";
    /** DJL's switch that turns off usage reporting. */
    public static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";
    /** DJL's cache folder, where the tokenizer's native library is unpacked. */
    public static final String CACHE_DIR = "DJL_CACHE_DIR";
    /** DJL's engine cache folder. */
    public static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";

    private OfflineRuntime() {
    }

    /**
     * Switches downloads and usage reporting off and names the folder the runtime writes to.
     *
     * @param cacheDir the folder for unpacked native libraries
     */
    public static synchronized void prepare(Path cacheDir) {
        Objects.requireNonNull(cacheDir, "cacheDir");
        System.setProperty(OFFLINE, "true");
        System.setProperty(OPT_OUT_TRACKING, "true");
        System.setProperty(CACHE_DIR, cacheDir.toAbsolutePath().toString());
        System.setProperty(ENGINE_CACHE_DIR, cacheDir.toAbsolutePath().toString());
    }

    /**
     * Tells whether downloads and usage reporting are switched off in this JVM.
     *
     * @return true once {@link #prepare(Path)} has run (or the host set both properties itself)
     */
    public static boolean isPrepared() {
        return "true".equals(System.getProperty(OFFLINE)) && "true".equals(System.getProperty(OPT_OUT_TRACKING));
    }
}
