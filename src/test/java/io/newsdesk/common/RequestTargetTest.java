package io.newsdesk.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The request target check's shortcut, and request ids. */
class RequestTargetTest {
    private static final String ALPHABET = "abcXYZ019-._~!$&'()*+,;=:@/?";

    @Test
    void shouldTakeTheShortcutOnlyForTargetsAUriAccepts() {
        Random random = new Random(12);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder target = new StringBuilder("/");
            for (int i = random.nextInt(40); i > 0; i--) {
                target.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String plain = target.toString();
            if (plain.startsWith("//")) {
                assertFalse(RequestTarget.plain(plain), plain);
                continue;
            }
            assertTrue(RequestTarget.plain(plain), plain);
            assertDoesNotThrow(() -> new URI(plain), plain);
            assertNull(RequestTarget.fault(plain), plain);
        }
    }

    @Test
    void shouldCheckEverythingElseInFull() {
        for (String target : new String[] {"/api/v1/sections/%zz", "/a b", "/caf\u00e9", "/a%00", "/x?q=%E0%A4%A", "/a|b"}) {
            assertFalse(RequestTarget.plain(target), target);
            assertNotNull(RequestTarget.fault(target), target);
        }
        assertFalse(RequestTarget.plain("/search?q=%D1%88%D1%82%D0%BE%D1%80%D0%BC"));
        assertNull(RequestTarget.fault("/search?q=%D1%88%D1%82%D0%BE%D1%80%D0%BC"));
        assertFalse(RequestTarget.plain("*"));
        assertFalse(RequestTarget.plain("//evil.example/x"));
    }

    @Test
    void shouldMakeVersionFourRequestIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.newId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
