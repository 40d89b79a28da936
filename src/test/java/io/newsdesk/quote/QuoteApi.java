package io.newsdesk.quote;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.story;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for the quote tests: stories made of paragraphs, and quotes as editors send them. */
final class QuoteApi {
    private QuoteApi() {
    }

    /** A story whose body is these paragraphs, in order. */
    static Map<String, Object> storyOf(String headline, String... paragraphs) {
        Map<String, Object> story = story(headline);
        story.put("body", paragraphs(paragraphs));
        return story;
    }

    static List<Map<String, Object>> paragraphs(String... paragraphs) {
        List<Map<String, Object>> body = new ArrayList<>();
        for (String text : paragraphs) {
            body.add(Map.of("type", "paragraph", "text", text));
        }
        return body;
    }

    static Map<String, Object> quote(String text, String speaker, String role, String organisation) {
        Map<String, Object> who = new HashMap<>();
        who.put("name", speaker);
        who.put("role", role);
        who.put("organisation", organisation);
        Map<String, Object> quote = new HashMap<>();
        quote.put("text", text);
        quote.put("speaker", who);
        return quote;
    }

    static ValidatableResponse createQuote(String articleId, Map<String, Object> quote) {
        return asEditor().contentType(ContentType.JSON).body(quote)
                .when().post("/api/v1/articles/" + articleId + "/quotes").then();
    }

    /** Creates a quote; returns its id. */
    static String quoteOf(String articleId, Map<String, Object> quote) {
        return createQuote(articleId, quote).statusCode(201).extract().path("id");
    }
}
