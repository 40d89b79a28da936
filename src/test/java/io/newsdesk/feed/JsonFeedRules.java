package io.newsdesk.feed;

import io.newsdesk.feed.Feed;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of JSON Feed 1.1 (https://jsonfeed.org/version/1.1) a document can break, as a checklist. */
final class JsonFeedRules {
    private static final Set<String> TOP = Set.of("version", "title", "home_page_url", "feed_url", "description",
            "user_comment", "next_url", "icon", "favicon", "authors", "language", "expired", "hubs", "items");
    private static final Set<String> ITEM = Set.of("id", "url", "external_url", "title", "content_html",
            "content_text", "summary", "image", "banner_image", "date_published", "date_modified", "authors", "tags",
            "language", "attachments");

    private JsonFeedRules() {
    }

    static List<String> violations(JsonNode feed) {
        List<String> problems = new ArrayList<>();
        if (!"https://jsonfeed.org/version/1.1".equals(feed.path("version").asText(null))) {
            problems.add("version must be https://jsonfeed.org/version/1.1");
        }
        requireString(feed, "title", problems, "feed");
        for (String url : List.of("home_page_url", "feed_url", "next_url", "icon")) {
            optionalUrl(feed, url, problems, "feed");
        }
        feed.fieldNames().forEachRemaining(name -> {
            if (!TOP.contains(name) && !name.startsWith("_")) {
                problems.add("feed: unknown member " + name + " (extensions start with _)");
            }
        });
        authors(feed, problems, "feed");
        if (!feed.path("items").isArray()) {
            problems.add("items must be an array");
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.path("items")) {
            String where = "item " + item.path("id");
            if (!item.path("id").isTextual() || item.path("id").asText().isEmpty()) {
                problems.add(where + ": id must be a non-empty string");
            } else if (!ids.add(item.path("id").asText())) {
                problems.add(where + ": id is not unique");
            }
            if (!item.path("content_html").isTextual() && !item.path("content_text").isTextual()) {
                problems.add(where + ": needs content_html or content_text");
            }
            for (String text : List.of("title", "summary", "content_html", "content_text", "language")) {
                if (item.has(text) && !item.get(text).isTextual()) {
                    problems.add(where + ": " + text + " must be a string");
                }
            }
            for (String url : List.of("url", "external_url", "image", "banner_image")) {
                optionalUrl(item, url, problems, where);
            }
            for (String date : List.of("date_published", "date_modified")) {
                if (item.has(date) && !rfc3339(item.get(date).asText())) {
                    problems.add(where + ": " + date + " must be an RFC 3339 date");
                }
            }
            if (item.has("tags") && (!item.get("tags").isArray()
                    || !allTextual(item.get("tags")))) {
                problems.add(where + ": tags must be an array of strings");
            }
            item.fieldNames().forEachRemaining(name -> {
                if (!ITEM.contains(name) && !name.startsWith("_")) {
                    problems.add(where + ": unknown member " + name);
                }
            });
            authors(item, problems, where);
        }
        return problems;
    }

    private static void authors(JsonNode node, List<String> problems, String where) {
        if (!node.has("authors")) {
            return;
        }
        if (!node.get("authors").isArray()) {
            problems.add(where + ": authors must be an array");
            return;
        }
        for (JsonNode author : node.get("authors")) {
            if (!author.isObject() || !(author.has("name") || author.has("url") || author.has("avatar"))) {
                problems.add(where + ": an author needs name, url or avatar");
            }
        }
    }

    private static void requireString(JsonNode node, String name, List<String> problems, String where) {
        if (!node.path(name).isTextual() || node.path(name).asText().isBlank()) {
            problems.add(where + ": " + name + " is required");
        }
    }

    private static void optionalUrl(JsonNode node, String name, List<String> problems, String where) {
        if (!node.has(name)) {
            return;
        }
        try {
            if (!URI.create(node.get(name).asText()).isAbsolute()) {
                problems.add(where + ": " + name + " must be an absolute URL");
            }
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + name + " is not a URL");
        }
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode value : array) {
            if (!value.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean rfc3339(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
