package io.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The examples of RFC 7396, appendix A, among others. */
class MergePatchTest {
    private final ObjectMapper json = new ObjectMapper();

    private String merge(String target, String patch) throws Exception {
        return json.writeValueAsString(ArticleService.mergePatch(json.readTree(target), json.readTree(patch)));
    }

    @Test
    void shouldFollowRfc7396() throws Exception {
        assertEquals("{\"a\":\"z\"}", merge("{\"a\":\"b\"}", "{\"a\":\"z\"}"));
        assertEquals("{\"b\":\"c\"}", merge("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}"));
        assertEquals("{\"a\":[\"b\"]}", merge("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[\"b\"]}"));
        assertEquals("{\"a\":{\"b\":\"d\"}}", merge("{\"a\":{\"b\":\"c\",\"x\":null}}", "{\"a\":{\"b\":\"d\",\"x\":null}}"));
        assertEquals("{\"a\":\"foo\"}", merge("[1,2]", "{\"a\":\"foo\",\"b\":null}"));
        assertEquals("[\"c\"]", merge("{\"a\":\"b\"}", "[\"c\"]"));
    }
}
