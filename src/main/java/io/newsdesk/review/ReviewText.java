package io.newsdesk.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** Review text is plain text: kept as the reader wrote it (never parsed as HTML), only tidied. */
final class ReviewText {
    private ReviewText() {
    }

    /** Unifies line breaks, drops control characters and trims; null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .strip();
    }

    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * Identifies "the same text from the same author on the same article": case, spacing and line
     * breaks do not make a review new.
     */
    static String fingerprint(UUID articleId, String authorName, String body) {
        String key = articleId + "\u0000" + normalise(authorName) + "\u0000" + normalise(body);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
