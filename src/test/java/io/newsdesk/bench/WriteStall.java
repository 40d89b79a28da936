package io.newsdesk.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent writers creating published stories through the API for a while, then the checks that
 * nothing answered {@code 201} was lost: every such story is in the database and in the change feed.
 * Prints the count, the answers by status, latency percentiles, writes over one second, and the
 * slowest write of every ten seconds (stalls show as a column of tall numbers).
 *
 * <pre>
 * java -cp target/test-classes:target/quarkus-app/lib/main/* io.newsdesk.bench.WriteStall \
 *     --api http://127.0.0.1:8186 --token $EDITOR --writers 4 --seconds 600 \
 *     --url jdbc:postgresql://127.0.0.1:5432/nd_bench --user postgres
 * </pre>
 */
public final class WriteStall {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SLOW_NANOS = Duration.ofSeconds(1).toNanos();

    record Write(long startedNanos, long nanos, int status, String id) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String api = options.getOrDefault("api", "http://127.0.0.1:8186").replaceAll("/+$", "") + "/api/v1";
        String token = options.get("token");
        int writers = Integer.parseInt(options.getOrDefault("writers", "4"));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "120")));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Instant began = Instant.now();
        String cursor = get(http, api + "/changes?after=latest", token).get("next").asText();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> errors = new ConcurrentHashMap<>();
        AtomicInteger counter = new AtomicInteger();
        StoryGenerator generator = new StoryGenerator(7, 1_000_000, Duration.ofDays(1), Instant.now());
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    int n = counter.getAndIncrement();
                    String body = story(generator.story(n % 1_000_000), n);
                    long sent = System.nanoTime();
                    int status;
                    String id = null;
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/articles"))
                                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        if (status == 201) {
                            id = JSON.readTree(response.body()).get("id").asText();
                        } else {
                            errors.putIfAbsent(String.valueOf(status), response.body());
                        }
                    } catch (Exception e) {
                        status = 0;
                        errors.putIfAbsent("0", e.toString());
                    }
                    writes.add(new Write(sent - start, System.nanoTime() - sent, status, id));
                }
            }, "writer-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(writes, seconds, writers, errors);
        boolean complete = check(writes, http, api, token, cursor, options, began);
        System.exit(complete ? 0 : 1);
    }

    private static void report(List<Write> writes, double seconds, int writers, Map<String, String> errors) {
        long[] nanos = writes.stream().mapToLong(Write::nanos).sorted().toArray();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        writes.forEach(w -> byStatus.merge(w.status(), 1, Integer::sum));
        long fiveHundreds = writes.stream().filter(w -> w.status() >= 500 || w.status() == 0).count();
        long slow = writes.stream().filter(w -> w.nanos() > SLOW_NANOS).count();
        System.out.printf(Locale.ROOT, "%d writers, %.0f s: %d writes (%.1f/s), answers %s%n", writers, seconds,
                writes.size(), writes.size() / seconds, byStatus);
        System.out.printf(Locale.ROOT, "5xx or no answer: %d; slower than 1 s: %d%n", fiveHundreds, slow);
        if (nanos.length > 0) {
            System.out.printf(Locale.ROOT, "latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                    percentile(nanos, 50), percentile(nanos, 99), percentile(nanos, 99.9), nanos[nanos.length - 1] / 1e6);
        }
        Map<Long, Long> slowest = new TreeMap<>();
        writes.forEach(w -> slowest.merge(w.startedNanos() / 10_000_000_000L, w.nanos(), Math::max));
        StringBuilder line = new StringBuilder("slowest write per 10 s (ms):");
        slowest.values().forEach(v -> line.append(' ').append(Math.round(v / 1e6)));
        System.out.println(line);
        errors.forEach((status, body) -> System.out.println("first " + status + " answer: "
                + body.substring(0, Math.min(300, body.length())).replace('\n', ' ')));
    }

    /** Every 201 must be a row of the database and an entry of the change feed. */
    private static boolean check(List<Write> writes, HttpClient http, String api, String token, String cursor,
            Map<String, String> options, Instant began) throws Exception {
        Set<String> created = new HashSet<>();
        writes.stream().filter(w -> w.id() != null).forEach(w -> created.add(w.id()));
        Set<String> stored = new HashSet<>();
        try (Connection db = DriverManager.getConnection(options.get("url"), options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", ""));
                PreparedStatement query = db.prepareStatement("select id from article where created_at >= ?")) {
            query.setObject(1, began.minusSeconds(5).atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        Set<String> fed = new HashSet<>();
        String after = cursor;
        for (int page = 0; page < 100_000; page++) {
            JsonNode changes = get(http, api + "/changes?limit=100&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8),
                    token);
            for (JsonNode item : changes.get("items")) {
                if ("article".equals(item.path("entity").asText())) {
                    fed.add(item.get("articleId").asText());
                }
            }
            after = changes.get("next").asText();
            if (!changes.path("more").asBoolean()) {
                break;
            }
        }
        long missingInDb = created.stream().filter(id -> !stored.contains(id)).count();
        long missingInFeed = created.stream().filter(id -> !fed.contains(id)).count();
        System.out.printf(Locale.ROOT, "check: %d answered 201; missing from the database %d, from /changes %d%n",
                created.size(), missingInDb, missingInFeed);
        return missingInDb == 0 && missingInFeed == 0;
    }

    private static String story(StoryGenerator.Story story, int n) {
        ObjectNode input = JSON.createObjectNode();
        input.put("headline", story.headline() + " (" + n + ")").put("standfirst", story.standfirst())
                .put("section", story.section()).put("dateline", story.dateline()).put("status", "published")
                .put("urgency", story.urgency());
        story.tags().forEach(input.putArray("tags")::add);
        story.authors().forEach(input.putArray("authors")::add);
        ArrayNode body = input.putArray("body");
        for (StoryGenerator.Block block : story.body()) {
            if (block.text() != null) {
                body.addObject().put("type", block.type()).put("text", block.text());
            }
        }
        try {
            return JSON.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
