package io.newsdesk.common;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a header must be (RFC 9110, 5.1 and 5.5): a name of token characters, a value with no control
 * character but the tab. The HTTP layer's own check of both is turned off (see {@code NewsdeskMain}), so
 * that a request that breaks the rule gets the API's problem rather than a bare {@code 400}; the request
 * edge makes it instead, before anything reads a header, and every answer's headers are checked here
 * before they are written.
 */
final class HeaderText {
    /** The token characters of ASCII (RFC 9110, 5.6.2): letters, digits and these symbols. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            TOKEN[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
    }

    private HeaderText() {
    }

    /** Why the request's headers are refused, for the problem's detail (the value is never repeated); null when they are fine. */
    static String fault(MultiMap headers) {
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey();
            if (!isName(name)) {
                return "A request header name is not a token (RFC 9110, 5.6.2): it holds "
                        + describe(name.chars().filter(c -> !isTokenChar((char) c)).findFirst().orElse(' ')) + ".";
            }
            int at = controlAt(header.getValue());
            if (at >= 0) {
                return "The value of the request header " + name + " holds the control character "
                        + describe(header.getValue().charAt(at)) + " at index " + at + ".";
            }
        }
        return null;
    }

    /**
     * Removes every header of an answer whose value holds a control character, so that no value can end the
     * header and start another (none of the application's values should, as the request's own headers are
     * checked; this is the HTTP layer's check of answers, which is off with the one of requests). Names are
     * the application's own constants and are not checked. Returns the names removed.
     */
    static List<String> removeUnsafe(MultiMap headers) {
        List<String> unsafe = null;
        for (Map.Entry<String, String> header : headers) {
            if (controlAt(header.getValue()) >= 0) {
                if (unsafe == null) {
                    unsafe = new ArrayList<>();
                }
                unsafe.add(header.getKey());
            }
        }
        if (unsafe == null) {
            return List.of();
        }
        unsafe.forEach(headers::remove);
        return unsafe;
    }

    static boolean isName(String name) {
        int length = name.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isTokenChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first control character other than the tab (also DEL), or -1. */
    static int controlAt(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\t' : c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTokenChar(char c) {
        return c < 128 && TOKEN[c];
    }

    private static String describe(int c) {
        return String.format("U+%04X", c);
    }
}
