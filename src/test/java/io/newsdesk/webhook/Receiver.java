package io.newsdesk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real webhook receiver on a free loopback port: it refuses the first requests, then accepts. One made
 * {@link #holdingFirst() holding the first} keeps that request waiting for its answer until released.
 */
final class Receiver implements AutoCloseable {
    record Request(String id, String timestamp, String signature, String body, int answered) {
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger arrivals = new AtomicInteger();
    private final CountDownLatch firstArrived = new CountDownLatch(1);
    private final CountDownLatch released;

    private Receiver(int failFirst, boolean holdFirst) throws IOException {
        failuresLeft = new AtomicInteger(failFirst);
        released = new CountDownLatch(holdFirst ? 1 : 0);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (arrivals.getAndIncrement() == 0) {
                firstArrived.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static Receiver failingFirst(int failures) throws IOException {
        return new Receiver(failures, false);
    }

    /** Refuses everything until {@link #comeBack()}. */
    static Receiver down() throws IOException {
        return new Receiver(Integer.MAX_VALUE, false);
    }

    /** Accepts everything, but answers the first request only after {@link #release()}. */
    static Receiver holdingFirst() throws IOException {
        return new Receiver(0, true);
    }

    /** Waits until the first request has come in (and, when held, is waiting). */
    void awaitFirst() throws InterruptedException {
        if (!firstArrived.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no request reached the receiver");
        }
    }

    void release() {
        released.countDown();
    }

    void comeBack() {
        failuresLeft.set(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> requests() {
        return requests;
    }

    List<Request> accepted() {
        return requests.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
