package io.newsdesk.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.article.Slugs;
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
     * Generated stories, with quotes of shared speakers, through an import, an export, and an import into what is
     * to them an empty database: the export with every id, slug and name of its own replaced by new ones, so that
     * nothing it names exists yet. Exported again and mapped back, it must be the first export, line for line.
     * 20 stories in the suite; {@code -Dtransfer.stories=10000} for more (src/test/bench/transfer.sh runs
     * 10,000 through two separate databases and reports the rate and the memory).
     */
    @Test
    void shouldRoundTripGeneratedStoriesIntoAnEmptyDatabase() throws IOException {
        int count = Math.max(4, Integer.getInteger("transfer.stories", 20));
        String word = word();
        long high = UUID.randomUUID().getMostSignificantBits();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Ids fall as lines go on, so the export (in id order) creates the speakers in the other order.
            body.append(generated(new UUID(high, count - i), word, i)).append('\n');
        }
        resetPeaks();
        long started = System.nanoTime();
        List<JsonNode> results = importLines(body.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        Log.infof("Imported %d stories in %.1f s (%.0f stories/s); peak heap %d MiB", count, seconds, count / seconds,
                peakHeap() / (1024 * 1024));
        assertEquals(count, results.size());
        assertTrue(results.stream().allMatch(r -> r.path("result").asText().equals("created")), results.toString());
        String surname = capitalised(word);
        String merged = given().when().get("/api/v1/quotes/" + quoteId(new UUID(high, count - 2))).then()
                .statusCode(200).extract().path("speaker.slug");
        Api.asEditor().contentType("application/json").body(Map.of("into", Slugs.of("Ilse " + surname)))
                .when().post("/api/v1/speakers/" + merged + "/merge").then().statusCode(200);

        String first = exportOf(high);
        assertEquals(count, first.split("\n").length);
        JsonNode ferry = JSON.readTree(first.lines().filter(l -> l.contains("\"" + word + "-story-0\"")).findFirst()
                .orElseThrow());
        JsonNode speaker = ferry.get("quotes").get(0).get("speaker");
        assertEquals("Tomas " + surname, speaker.get("name").asText());
        assertEquals("harbourmaster", speaker.get("role").asText());
        assertEquals("Portmere Ferries", speaker.get("organisation").asText());
        assertEquals("Keeps the ferry timetable of the " + surname + " crossing.", speaker.get("description").asText());
        assertEquals(Slugs.of("Tomas " + surname), speaker.get("slug").asText());
        JsonNode ilse = JSON.readTree(first.lines().filter(l -> l.contains("\"" + word + "-story-2\"")).findFirst()
                .orElseThrow()).get("quotes").get(0).get("speaker");
        assertEquals(merged, ilse.get("aliases").get(0).get("slug").asText());
        assertEquals("i " + word, ilse.get("aliases").get(0).get("name").asText());

        String other = word();
        long otherHigh = UUID.randomUUID().getMostSignificantBits();
        String moved = renamed(first, word, other, high, otherHigh);
        List<JsonNode> again = importLines(moved + "\n");
        assertTrue(again.stream().allMatch(r -> r.path("result").asText().equals("created")), again.toString());
        assertEquals(first, renamed(exportOf(otherHigh), other, word, otherHigh, high));
        given().redirects().follow(false).when().get("/api/v1/speakers/" + merged.replace(word, other)).then()
                .statusCode(308).header("Location", endsWith("/speakers/" + Slugs.of("Ilse " + capitalised(other))));

        List<JsonNode> unchanged = importLines(first + "\n");
        assertTrue(unchanged.stream().allMatch(r -> r.path("result").asText().equals("unchanged")),
                "a second import of the export changes nothing: " + unchanged);
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

    /** A word of lower-case letters only, so that it folds, slugs and capitalises predictably. */
    private static String word() {
        StringBuilder word = new StringBuilder();
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit)
                .forEach(c -> word.append((char) ('a' + Character.digit(c, 16) % 26)));
        return word.substring(0, 10);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static UUID quoteId(UUID story) {
        return new UUID(story.getLeastSignificantBits(), story.getMostSignificantBits());
    }

    /**
     * Story {@code i} of a generated set: stories 0 and 1 quote two namesakes of different organisations, story 1
     * someone merged later, the others one speaker they share.
     */
    private static ObjectNode generated(UUID id, String word, int i) {
        String surname = capitalised(word);
        ObjectNode story = line(id, word + "-story-" + i, "Harbour ledger entry " + i + " of the season");
        story.putArray("tags").add(word);
        story.put("status", i % 3 == 1 ? "draft" : "published");
        if (i % 3 != 1) {
            story.put("publishedAt", "2026-03-01T06:00:00Z");
        }
        String name = i < 2 ? "Tomas " + surname : i == 1 + 1 ? "I. " + surname : "Ilse " + surname;
        String organisation = i == 1 ? "Harbour Board" : "Portmere Ferries";
        String words = "The crossing " + i + " keeps its morning slot";
        ArrayNode body = story.withArray("body");
        ((ObjectNode) body.get(0)).put("text", "\u201c" + words + ",\u201d said " + name + " of " + organisation + ".");
        UUID quote = quoteId(id);
        body.addObject().put("type", "quote").put("quoteId", quote.toString());
        ObjectNode speaker = story.putArray("quotes").addObject().put("id", quote.toString()).put("text", words)
                .put("blockIndex", 0).putObject("speaker").put("name", name).put("organisation", organisation);
        if (i < 2) {
            speaker.put("role", i == 0 ? "harbourmaster" : "board secretary")
                    .put("description", "Keeps the ferry timetable of the " + surname + " crossing.");
        }
        return story;
    }

    /** The export with one set's word, surname and ids replaced by another's. */
    private static String renamed(String ndjson, String from, String to, long fromHigh, long toHigh) {
        String text = ndjson.replace(from, to).replace(capitalised(from), capitalised(to));
        String was = hex(fromHigh);
        String now = hex(toHigh);
        // A story id starts with the set's high bits; its quote's id ends with them.
        text = text.replace(was.substring(0, 8) + "-" + was.substring(8, 12) + "-" + was.substring(12),
                now.substring(0, 8) + "-" + now.substring(8, 12) + "-" + now.substring(12));
        text = text.replace(was.substring(0, 4) + "-" + was.substring(4), now.substring(0, 4) + "-" + now.substring(4));
        return text;
    }

    private static String hex(long bits) {
        String hex = Long.toHexString(bits);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** The exported lines of one generated set, in export order. */
    private static String exportOf(long high) {
        String prefix = new UUID(high, 0).toString().substring(0, 19);
        return Api.asEditor().when().get("/api/v1/export").then().statusCode(200).contentType(NDJSON).extract()
                .asString().lines().filter(l -> l.startsWith("{\"id\":\"" + prefix)).collect(Collectors.joining("\n"));
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
