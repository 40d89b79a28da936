package io.newsdesk.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's traffic, against a running app on loopback (started by {@code src/test/soak/run.sh}): readers,
 * an editor's writes with If-Match, reader reviews with a moderator approving them, and a partner polling
 * {@code /changes}, for a bounded time. Every minute it forces a GC in the app and samples the heap after it and
 * the process's RSS. At the end it prints the answers by status, the memory trend, and checks that revisions,
 * review summaries and the change feed agree with what it wrote. Exit status 1 on any answer other than
 * 2xx, 304 or 429, or on any inconsistency.
 */
public final class Soak {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** "Total: reserved=...KB +..KB, committed=...KB +...KB" of a summary.diff (scale=KB). */
    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=\\d+KB(?: [+-]\\d+KB)?, committed=(\\d+KB)( [+-]\\d+KB)?");
    /** "-   Area (reserved=...KB +..KB, committed=...KB +...KB)". */
    private static final Pattern NMT_AREA = Pattern.compile(
            "^-\\s+(.+?) \\(reserved=\\d+KB(?: [+-]\\d+KB)?, committed=(\\d+KB)( [+-]\\d+KB)?\\)", Pattern.MULTILINE);
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

    private final String api;
    private final String base;
    private final String admin;
    private final long pid;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stories = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> revisions = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> approvedRatings = new ConcurrentHashMap<>();
    private final Map<String, Integer> feedRevision = new ConcurrentHashMap<>();
    private final String tag = "soak-" + Long.toString(System.nanoTime(), 36);
    private volatile String feedCursor;
    private String editor;
    private String partner;
    private String moderator;

    private Soak(String base, String admin, long pid) {
        this.base = base;
        this.api = base + "/api/v1";
        this.admin = admin;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Soak soak = new Soak(options.getOrDefault("url", "http://127.0.0.1:8252"), options.get("token"),
                Long.parseLong(options.getOrDefault("pid", "0")));
        double minutes = Double.parseDouble(options.getOrDefault("minutes", "10"));
        System.exit(soak.run(Duration.ofSeconds(Math.round(minutes * 60))) ? 0 : 1);
    }

    private boolean run(Duration length) throws Exception {
        editor = key("editor");
        partner = key("partner");
        moderator = key("moderator");
        for (int i = 0; i < 20; i++) {
            createStory();
        }
        Instant end = Instant.now().plus(length);
        List<Thread> threads = new ArrayList<>();
        threads.add(loop("reader-1", end, 20, this::read));
        threads.add(loop("reader-2", end, 20, this::read));
        threads.add(loop("writer", end, 100, this::write));
        threads.add(loop("reviewer", end, 250, this::review));
        threads.add(loop("partner", end, 1000, this::poll));
        List<double[]> samples = new ArrayList<>();
        // The sample that ends the warm-up (see report): native memory is compared from there to the end.
        int expected = (int) Math.max(1, Math.ceil(length.toSeconds() / 60.0));
        int warmedAt = Math.min(expected - 1, Math.max(1, expected / 3));
        Instant started = Instant.now();
        System.out.printf("soak: %s for %s, %d stories to start with%n", base, length, stories.size());
        System.out.println("minute  requests  heap-after-gc-MB  rss-MB");
        while (Instant.now().isBefore(end)) {
            TimeUnit.MILLISECONDS.sleep(Math.min(60_000, Math.max(1, Duration.between(Instant.now(), end).toMillis())));
            double[] sample = memory();
            double minute = Duration.between(started, Instant.now()).toSeconds() / 60.0;
            samples.add(new double[] { minute, sample[0], sample[1] });
            System.out.printf("%6.1f  %8d  %16.1f  %6.1f%n", minute, total(), sample[0], sample[1]);
            if (samples.size() - 1 == warmedAt) {
                jcmd("VM.native_memory", "baseline");
            }
        }
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        poll();
        nativeMemory();
        boolean ok = report(samples);
        ok &= consistent();
        System.out.println(ok ? "soak: PASSED" : "soak: FAILED");
        return ok;
    }

    // ------------------------------------------------------------------ traffic

    private void read() {
        String story = randomStory();
        switch (ThreadLocalRandom.current().nextInt(6)) {
            case 0 -> call("read list", "GET", api + "/articles?limit=20", null, null, null, null);
            case 1 -> call("read story", "GET", api + "/articles/" + story, null, null, null, null);
            case 2 -> call("read ninjs", "GET", api + "/articles/" + story + "?format=ninjs", null, null, null, null);
            case 3 -> call("read teasers", "GET", api + "/sections/politics/teasers?limit=10", null, null, null, null);
            case 4 -> call("read search", "GET", api + "/search?q=harbour", null, null, null, null);
            default -> call("read feed", "GET", api + "/feeds/politics.json?limit=20", null, null, null, null);
        }
    }

    private void write() {
        if (ThreadLocalRandom.current().nextInt(20) == 0) {
            createStory();
            return;
        }
        String story = randomStory();
        HttpResponse<String> current = call("write read", "GET", api + "/articles/" + story, editor, null, null, null);
        if (current == null || current.statusCode() != 200) {
            return;
        }
        String etag = current.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> written = call("write patch", "PATCH", api + "/articles/" + story, editor,
                "application/merge-patch+json", Map.of("standfirst", "Updated at " + Instant.now() + "."), Map.of("If-Match", etag));
        if (written != null && written.statusCode() == 200) {
            revisions.get(story).set(field(written, "revision").asInt());
        }
    }

    private void review() {
        String story = randomStory();
        int rating = 1 + ThreadLocalRandom.current().nextInt(5);
        HttpResponse<String> submitted = call("review submit", "POST", api + "/articles/" + story + "/reviews", null,
                "application/json", Map.of("rating", rating, "authorName", "Soak Reader",
                        "body", "A steady and readable account of the harbour works, sample " + System.nanoTime() + "."), null);
        if (submitted == null || submitted.statusCode() != 202) {
            return;
        }
        String id = field(submitted, "id").asText();
        HttpResponse<String> one = call("review get", "GET", api + "/reviews/" + id, moderator, null, null, null);
        if (one == null || one.statusCode() != 200 || !"pending".equals(field(one, "status").asText())) {
            return;
        }
        HttpResponse<String> approved = call("review approve", "PATCH", api + "/reviews/" + id, moderator, "application/json",
                Map.of("status", "approved"), Map.of("If-Match", one.headers().firstValue("ETag").orElseThrow()));
        if (approved != null && approved.statusCode() == 200) {
            approvedRatings.computeIfAbsent(story, k -> Collections.synchronizedList(new ArrayList<>())).add(rating);
        }
    }

    private void poll() {
        while (true) {
            String url = api + "/changes?limit=100" + (feedCursor == null ? "" : "&after=" + feedCursor);
            HttpResponse<String> page = call("partner changes", "GET", url, partner, null, null, null);
            if (page == null || page.statusCode() != 200) {
                return;
            }
            JsonNode body = json(page);
            for (JsonNode item : body.get("items")) {
                if (item.hasNonNull("revision")) {
                    feedRevision.merge(item.get("articleId").asText(), item.get("revision").asInt(), Math::max);
                }
            }
            if (body.get("next").isNull() || body.get("items").isEmpty()) {
                if (!body.get("next").isNull()) {
                    feedCursor = body.get("next").asText();
                }
                return;
            }
            feedCursor = body.get("next").asText();
        }
    }

    private void createStory() {
        Map<String, Object> story = new HashMap<>();
        story.put("headline", "Harbour works, soak story " + System.nanoTime());
        story.put("standfirst", "The harbour works continue into the spring.");
        story.put("section", "politics");
        story.put("tags", List.of(tag));
        story.put("status", "published");
        story.put("body", List.of(Map.of("type", "paragraph", "text", "Crews worked through the night on the harbour wall.")));
        HttpResponse<String> created = call("write create", "POST", api + "/articles", editor, "application/json", story, null);
        if (created != null && created.statusCode() == 201) {
            String id = field(created, "id").asText();
            revisions.put(id, new AtomicInteger(field(created, "revision").asInt()));
            stories.add(id);
        }
    }

    // ------------------------------------------------------------------ the end

    private boolean report(List<double[]> samples) {
        System.out.println("answers:");
        new TreeMap<>(answers).forEach((k, v) -> System.out.printf("  %-28s %d%n", k, v.get()));
        boolean ok = errors.isEmpty();
        if (!ok) {
            System.out.println("errors (" + errors.size() + "), first ones:");
            errors.stream().limit(10).forEach(e -> System.out.println("  " + e));
        }
        // Warm-up is the first third of the run (at least one sample); the trend is the least-squares slope after it.
        List<double[]> after = samples.subList(Math.min(samples.size() - 1, Math.max(1, samples.size() / 3)), samples.size());
        if (after.size() >= 2) {
            double heapSlope = slope(after, 1);
            double rssSlope = slope(after, 2);
            double first = after.get(0)[1];
            double last = after.get(after.size() - 1)[1];
            System.out.printf("memory after warm-up: heap after GC %.1f -> %.1f MB (%+.2f MB/min), RSS %+.2f MB/min%n",
                    first, last, heapSlope, rssSlope);
            boolean flat = last <= first * 1.25 + 16;
            System.out.println(flat ? "memory: flat" : "memory: GROWING");
            ok &= flat;
        } else {
            System.out.println("memory: too few samples for a trend (run for 3 minutes or more)");
        }
        return ok;
    }

    private boolean consistent() {
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (String story : List.copyOf(stories)) {
            HttpResponse<String> now = call("check story", "GET", api + "/articles/" + story, editor, null, null, null);
            if (now == null || now.statusCode() != 200) {
                problems.add(story + ": not readable");
                continue;
            }
            count++;
            int revision = field(now, "revision").asInt();
            if (revision != revisions.get(story).get()) {
                problems.add(story + ": revision " + revision + ", last written " + revisions.get(story).get());
            }
            Integer fed = feedRevision.get(story);
            if (fed == null || fed != revision) {
                problems.add(story + ": revision " + revision + ", change feed ends at " + fed);
            }
            List<Integer> ratings = approvedRatings.getOrDefault(story, List.of());
            HttpResponse<String> reviews = call("check reviews", "GET", api + "/articles/" + story + "/reviews", null, null, null, null);
            JsonNode summary = reviews == null ? null : json(reviews).get("summary");
            if (summary == null || summary.get("count").asInt() != ratings.size()) {
                problems.add(story + ": " + ratings.size() + " reviews approved, summary says " + summary);
            } else if (!ratings.isEmpty()) {
                double average = ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
                if (Math.abs(summary.get("average").asDouble() - average) > 0.051) {
                    problems.add(story + ": average " + average + ", summary says " + summary.get("average"));
                }
            }
        }
        System.out.printf("consistency: %d stories checked (revisions, change feed, review summaries), %d reviews approved, %d problems%n",
                count, approvedRatings.values().stream().mapToInt(List::size).sum(), problems.size());
        problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
        return problems.isEmpty() && count == stories.size();
    }

    // ------------------------------------------------------------------ plumbing

    private Thread loop(String name, Instant end, long pauseMillis, Runnable work) {
        Thread thread = new Thread(() -> {
            while (Instant.now().isBefore(end)) {
                try {
                    work.run();
                    TimeUnit.MILLISECONDS.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    errors.add(name + ": " + e);
                }
            }
        }, name);
        thread.start();
        return thread;
    }

    private HttpResponse<String> call(String what, String method, String url, String token, String contentType, Object body,
            Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (headers != null) {
                headers.forEach(request::header);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            answers.computeIfAbsent(what + " " + status, k -> new AtomicLong()).incrementAndGet();
            if (!(status / 100 == 2 || status == 304 || status == 429)) {
                errors.add(what + " " + method + " " + url + " -> " + status + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            errors.add(what + " " + method + " " + url + " -> " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String key(String role) throws IOException {
        HttpResponse<String> created = call("setup key", "POST", api + "/keys", admin, "application/json",
                Map.of("name", "soak " + role, "role", role), null);
        if (created == null || created.statusCode() != 201) {
            throw new IllegalStateException("could not create a " + role + " key: " + (created == null ? "no answer" : created.body()));
        }
        return field(created, "secret").asText();
    }

    /** What a jcmd command printed for the app's process; empty without a process id. */
    private String jcmd(String... command) throws IOException, InterruptedException {
        if (pid <= 0) {
            return "";
        }
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /**
     * Where resident memory went after the warm-up, when the app tracks its native memory
     * ({@code -XX:NativeMemoryTracking=summary}, as run.sh starts it): the committed memory of each of the
     * JVM's areas that changed by 1 MB or more since the baseline taken at the end of the warm-up.
     */
    private void nativeMemory() throws IOException, InterruptedException {
        String diff = jcmd("VM.native_memory", "summary.diff", "scale=KB");
        Matcher total = NMT_TOTAL.matcher(diff);
        if (!total.find()) {
            System.out.println("native memory: not tracked (start the app with -XX:NativeMemoryTracking=summary)");
            return;
        }
        System.out.printf("native memory after warm-up (committed, NMT): total %.1f MB (%+.1f MB)%n",
                kb(total.group(1)) / 1024, kb(total.group(2)) / 1024);
        Matcher area = NMT_AREA.matcher(diff);
        while (area.find()) {
            double change = kb(area.group(3)) / 1024;
            if (Math.abs(change) >= 1) {
                System.out.printf("  %-28s %8.1f MB (%+.1f MB)%n", area.group(1).trim(), kb(area.group(2)) / 1024, change);
            }
        }
    }

    private static double kb(String value) {
        return value == null ? 0 : Double.parseDouble(value.replace("KB", "").replace("+", ""));
    }

    /** Heap used after a forced GC (from /q/metrics) and the process's resident set, in MB. */
    private double[] memory() throws IOException, InterruptedException {
        if (pid > 0) {
            new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        }
        HttpResponse<String> metrics = call("metrics", "GET", base + "/q/metrics", null, null, null, null);
        double heap = 0;
        if (metrics != null) {
            Matcher m = HEAP.matcher(metrics.body());
            while (m.find()) {
                heap += Double.parseDouble(m.group(1));
            }
        }
        double rss = 0;
        Path status = Path.of("/proc/" + pid + "/status");
        if (pid > 0 && Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        }
        return new double[] { heap / (1024 * 1024), rss };
    }

    private static double slope(List<double[]> points, int column) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[column];
            sxx += p[0] * p[0];
            sxy += p[0] * p[column];
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    private long total() {
        return answers.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private String randomStory() {
        synchronized (stories) {
            return stories.get(ThreadLocalRandom.current().nextInt(stories.size()));
        }
    }

    private static JsonNode field(HttpResponse<String> response, String name) {
        return json(response).get(name);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }
}
