package org.complaintkit.crashtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One life of the child JVM: started with the parent's own java and class path, its output lines handed to the
 * parent as they come, killed with {@link Process#destroyForcibly()} (SIGKILL on Linux) or left to finish.
 */
final class ChildRun {
    private final Process process;
    private final Thread reader;
    private final CountDownLatch ready = new CountDownLatch(1);

    private ChildRun(Process process, Consumer<String> lines) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    }
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the child died mid-line: what was read is all it said
            }
        }, "crash-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a child.
     *
     * @param args the child's arguments (see {@link CrashChild})
     * @param log the file the child's standard error goes to, appended
     * @param lines told each line the child prints, in order, from the reader thread
     */
    static ChildRun start(List<String> args, Path log, Consumer<String> lines) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            return new ChildRun(builder.start(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("the crash test's child did not start", e);
        }
    }

    /** Waits until the child says it runs; false if it did not within the time. */
    boolean awaitReady(long millis) throws InterruptedException {
        return ready.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Kills the child with SIGKILL and waits until it is gone and its output read. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(5_000);
    }

    /** Waits for the child to end by itself; its exit code, or -1 if it did not end in time (it is then killed). */
    int await(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            kill();
            return -1;
        }
        reader.join(5_000);
        return process.exitValue();
    }
}
