package org.complaintkit.crashtest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notices' receiver, in the parent so that it outlives every child: an HTTP endpoint on loopback for the webhook
 * sender that counts each dedupe key (the {@code Idempotency-Key} header) it was sent. Thread-safe.
 */
final class NoticeReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger posts = new AtomicInteger();

    NoticeReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("the notice receiver cannot listen", e);
        }
        server.createContext("/notices", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key != null) {
                received.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                posts.incrementAndGet();
            }
            exchange.getResponseHeaders().add("X-Message-Id", "crash-" + posts.get());
            exchange.sendResponseHeaders(key == null ? 400 : 200, -1);
            exchange.close();
        });
        server.setExecutor(workers);
        server.start();
    }

    /** Where the child posts. */
    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/notices");
    }

    /** How many times each dedupe key arrived, as a copy. */
    Map<String, Integer> received() {
        Map<String, Integer> copy = new HashMap<>();
        received.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** Every post with a key, repeats included. */
    int posts() {
        return posts.get();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
