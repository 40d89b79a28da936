package io.newsdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule the request edge applies to requests' headers and answers' headers (the HTTP layer's own check is off). */
class HeaderTextTest {
    private static MultiMap headers(String... pairs) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.add(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    @Test
    void shouldAcceptTokensAndValuesWithoutControlCharacters() {
        assertNull(HeaderText.fault(headers("Accept", "application/json", "If-None-Match", "W/\"r1\", \"r2\"",
                "X-Tabbed", "a\tb", "X-Latin", "caf\u00e9", "x~custom!#$%&'*+-.^_`|", "")));
    }

    @Test
    void shouldRefuseEveryControlCharacterButTheTab() {
        for (char c = 0; c < 0x20; c++) {
            String fault = HeaderText.fault(headers("Accept", "*/*", "X-Note", "a" + c + "b"));
            if (c == '\t') {
                assertNull(fault);
            } else {
                assertEquals("The value of the request header X-Note holds the control character "
                        + String.format("U+%04X", (int) c) + " at index 1.", fault);
            }
        }
        assertTrue(HeaderText.fault(headers("X-Note", "\u007f")).contains("U+007F"));
    }

    @Test
    void shouldRefuseNamesThatAreNotTokens() {
        for (String name : List.of("X Note", "X\u0001Note", "X(Note)", "X/Note", "X\"Note", "caf\u00e9")) {
            assertTrue(HeaderText.fault(headers(name, "a")).contains("not a token"), name);
        }
    }

    @Test
    void shouldRemoveWhatCouldSplitAnAnswer() {
        MultiMap answer = headers("Content-Type", "application/json", "Link", "</a>; rel=\"next\"\r\nSet-Cookie: x=1",
                "X-Nul", "a\u0000", "X-Tab", "a\tb", "X-Del", "\u007f", "ETag", "\"r1\"");
        assertEquals(List.of("Link", "X-Nul", "X-Del"), HeaderText.removeUnsafe(answer));
        assertEquals(java.util.Set.of("Content-Type", "X-Tab", "ETag"), answer.names());
        assertEquals(List.of(), HeaderText.removeUnsafe(answer));
    }
}
