package io.newsdesk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real webhook receiver on a free loopback port: it refuses the first requests, then accepts. */
final class Receiver implements AutoCloseable {
    record Request(String id, String timestamp, String signature, String body, int answered) {
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private Receiver(int failFirst) throws IOException {
        failuresLeft = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
        return new Receiver(failures);
    }

    /** Refuses everything until {@link #comeBack()}. */
    static Receiver down() throws IOException {
        return new Receiver(Integer.MAX_VALUE);
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
        server.stop(0);
    }
}
