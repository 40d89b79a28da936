package io.newsdesk.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a request target must be before anything reads it: what {@link URI} can parse (the rule the HTTP layer
 * would otherwise enforce with a bare 400, see {@code NewsdeskMain}), ASCII only, with percent-encoded bytes
 * that are UTF-8, and no encoded NUL in the path (query values: {@link QueryText}).
 */
final class RequestTarget {
    private RequestTarget() {
    }

    /** Why the target is refused, for the problem's detail; null when it is fine. */
    static String fault(String target) {
        if (plain(target)) {
            return null;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c > 0x7F) {
                // The request line is read byte by byte: raw UTF-8 would arrive as other characters.
                return "The request target contains a character outside ASCII at index " + i
                        + "; percent-encode it as UTF-8.";
            }
        }
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            return "The request target is not a valid URI: " + e.getReason().toLowerCase(java.util.Locale.ROOT)
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + ".";
        }
        int at = encodedNotUtf8(target);
        if (at >= 0) {
            return "The percent-encoded bytes at index " + at + " of the request target are not UTF-8.";
        }
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if (path.contains("%00")) {
            // No name or id holds a NUL, and PostgreSQL cannot even compare one.
            return "The request path contains an encoded NUL character (%00).";
        }
        return null;
    }

    /**
     * A path from the root (not "//"), and a query, of characters a URI takes anywhere in them and nothing
     * escaped: nothing else to check. Most requests are such; parsing each as a URI cost a few
     * percent of a cached story's time.
     */
    static boolean plain(String target) {
        if (target.isEmpty() || target.charAt(0) != '/' || target.startsWith("//")) {
            // "//x" would be read as an authority.
            return false;
        }
        for (int i = 1; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first run of %XX escapes that does not decode as UTF-8, or -1. */
    private static int encodedNotUtf8(String target) {
        int i = 0;
        while (i < target.length()) {
            if (target.charAt(i) != '%') {
                i++;
                continue;
            }
            int start = i;
            ByteBuffer bytes = ByteBuffer.allocate(target.length() / 3 + 1);
            // URI has checked that every '%' is followed by two hex digits.
            while (i + 2 < target.length() && target.charAt(i) == '%') {
                bytes.put((byte) Integer.parseInt(target, i + 1, i + 3, 16));
                i += 3;
            }
            if (i == start) {
                return start;
            }
            bytes.flip();
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            } catch (CharacterCodingException e) {
                return start;
            }
        }
        return -1;
    }
}
