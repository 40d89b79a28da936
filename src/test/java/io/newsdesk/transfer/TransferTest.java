package io.newsdesk.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.support.Api;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransferTest {
    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldImportEachLineOnItsOwnAndReportItInOrder() throws IOException {
        String slug = Api.unique("harbour-ferry");
        UUID quoteId = UUID.randomUUID();
        ObjectNode withQuote = line(UUID.randomUUID(), slug, "Ferry timetable changes from spring");
        withQuote.withArray("body").addObject().put("type", "quote").put("quoteId", quoteId.toString());
        withQuote.putArray("quotes").addObject().put("id", quoteId.toString())
                .put("text", "The morning crossing stays").put("blockIndex", 0)
                .putObject("speaker").put("name", "Ilse Marrow").put("role", "operations director")
                .put("organisation", "Portmere Ferries");
        ((ObjectNode) withQuote.withArray("body").get(0)).put("text",
                "\u201cThe morning crossing stays,\u201d said Ilse Marrow, operations director at Portmere Ferries.");
        ObjectNode noHeadline = line(UUID.randomUUID(), Api.unique("nothing"), "x");
        noHeadline.remove("headline");
        ObjectNode badQuote = line(UUID.randomUUID(), Api.unique("bad-quote"), "Quote block without its quote");
        badQuote.withArray("body").addObject().put("type", "quote").put("quoteId", UUID.randomUUID().toString());

        List<JsonNode> results = importLines(withQuote + "\n{not json\n\n" + noHeadline + "\n" + badQuote + "\n"
                + line(UUID.randomUUID(), Api.unique("last"), "The last line still counts") + "\n");

        assertEquals(5, results.size());
        assertEquals("created", results.get(0).path("result").asText());
        assertEquals(slug, results.get(0).path("slug").asText());
        assertEquals(2, results.get(1).path("line").asInt());
        assertEquals("problem", results.get(1).path("result").asText());
        assertEquals(400, results.get(1).path("problem").path("status").asInt());
        assertEquals("/problems/malformed-json", results.get(1).path("problem").path("type").asText());
        assertEquals(4, results.get(2).path("line").asInt());
        assertEquals("/headline", results.get(2).path("problem").path("errors").get(0).path("pointer").asText());
        assertEquals("problem", results.get(3).path("result").asText());
        assertEquals("created", results.get(4).path("result").asText());

        given().when().get("/api/v1/articles/" + noHeadline.get("id").asText()).then().statusCode(404);
        Api.asEditor().when().get("/api/v1/articles/" + badQuote.get("id").asText()).then().statusCode(404);
        given().when().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body[1].quoteId", equalTo(quoteId.toString()));
        given().when().get("/api/v1/quotes/" + quoteId).then().statusCode(200)
                .body("speaker.name", equalTo("Ilse Marrow"));
    }

    @Test
    void shouldLeaveAStoryAsItIsWhenTheSameLineComesAgain() throws IOException {
        ObjectNode story = line(UUID.randomUUID(), Api.unique("tide-gauge"), "New tide gauge on the north pier");
        JsonNode first = importLines(story + "\n").get(0);
        JsonNode exported = exported(first.get("id").asText());
        JsonNode again = importLines(exported + "\n").get(0);
        assertEquals("unchanged", again.path("result").asText());
        assertEquals(first.path("revision").asInt(), again.path("revision").asInt());
    }

    @Test
    void shouldUpdateAStoryFoundBySlug() throws IOException {
        String slug = Api.unique("market-hall");
        JsonNode created = importLines(line(UUID.randomUUID(), slug, "Market hall roof repaired") + "\n").get(0);
        ObjectNode edit = line(null, slug, "Market hall roof repaired before the winter fair");
        edit.remove("id");
        JsonNode updated = importLines(edit + "\n").get(0);
        assertEquals("updated", updated.path("result").asText());
        assertEquals(created.path("id").asText(), updated.path("id").asText());
        given().when().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("headline", equalTo("Market hall roof repaired before the winter fair"));
    }

    @Test
    void shouldKeepImportAndExportToEditors() {
        given().contentType(NDJSON).body("{}\n".getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/import").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Api.token("partner")).when().get("/api/v1/export").then().statusCode(403)
                .contentType("application/problem+json");
        Api.asEditor().contentType("text/csv").body("a,b\n".getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/import").then().statusCode(415)
                .contentType("application/problem+json");
    }

    /**
     * Generated stories through an import, an export and an import again; logs the rate and the heap's peak.
     * 1,000 in the suite; {@code -Dtransfer.stories=10000} for the full round trip.
     */
    @Test
    void shouldRoundTripGeneratedStories() throws IOException {
        int count = Integer.getInteger("transfer.stories", 1_000);
        String tag = Api.unique("bulk").toLowerCase();
        Map<String, ObjectNode> generated = new HashMap<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ObjectNode story = line(UUID.randomUUID(), tag + "-story-" + i, "Harbour ledger entry " + i + " of the season");
            story.putArray("tags").add(tag);
            story.put("status", i % 3 == 0 ? "draft" : "published");
            if (i % 3 != 0) {
                story.put("publishedAt", "2026-03-01T06:00:00Z");
            }
            generated.put(story.get("id").asText(), story);
            body.append(story).append('\n');
        }
        resetPeaks();
        long started = System.nanoTime();
        List<JsonNode> results = importLines(body.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        Log.infof("Imported %d stories in %.1f s (%.0f stories/s); peak heap %d MiB", count, seconds, count / seconds,
                peakHeap() / (1024 * 1024));
        assertEquals(count, results.size());
        assertTrue(results.stream().allMatch(r -> r.path("result").asText().equals("created")), "all created");

        Map<String, JsonNode> exported = exportAll().stream().filter(l -> generated.containsKey(l.get("id").asText()))
                .collect(Collectors.toMap(l -> l.get("id").asText(), l -> l));
        assertEquals(count, exported.size());
        for (ObjectNode story : generated.values()) {
            JsonNode back = exported.get(story.get("id").asText());
            for (String field : List.of("slug", "headline", "standfirst", "section", "tags", "authors", "body", "status")) {
                assertEquals(story.get(field), back.get(field), field + " of " + story.get("slug"));
            }
        }
        String again = exported.values().stream().map(JsonNode::toString).collect(Collectors.joining("\n")) + "\n";
        assertTrue(importLines(again).stream().allMatch(r -> r.path("result").asText().equals("unchanged")),
                "a second import of the export changes nothing");
    }

    private static ObjectNode line(UUID id, String slug, String headline) {
        ObjectNode story = JSON.createObjectNode();
        if (id != null) {
            story.put("id", id.toString());
        }
        story.put("slug", slug).put("language", "en").put("headline", headline)
                .put("standfirst", "Standfirst of " + headline + ".").put("section", "politics")
                .put("sectionName", "Politics").put("status", "published").put("dateline", "Portmere");
        story.putArray("tags").add("transfer");
        story.putArray("authors").add("Archive desk");
        ArrayNode body = story.putArray("body");
        body.addObject().put("type", "paragraph").put("text", "The harbour office filed its notes for " + headline + ".");
        return story;
    }

    private static List<JsonNode> importLines(String ndjson) throws IOException {
        String answer = Api.asEditor().contentType(NDJSON).body(ndjson.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/import").then()
                .statusCode(200).contentType(NDJSON).extract().asString();
        return parse(answer);
    }

    private static List<JsonNode> exportAll() throws IOException {
        return parse(Api.asEditor().when().get("/api/v1/export").then().statusCode(200).contentType(NDJSON)
                .extract().asString());
    }

    private static JsonNode exported(String id) throws IOException {
        return exportAll().stream().filter(l -> l.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<JsonNode> parse(String ndjson) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String text : ndjson.split("\n")) {
            if (!text.isBlank()) {
                lines.add(JSON.readTree(text));
            }
        }
        return lines;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
