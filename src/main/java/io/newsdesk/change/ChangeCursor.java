package io.newsdesk.change;

import io.newsdesk.common.FieldError;
import io.newsdesk.common.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A position in the change log, opaque to clients. */
final class ChangeCursor {
    private static final String PREFIX = "c1|";
    /** Asks for the current end of the log: nothing now, a cursor for everything that follows. */
    static final String LATEST = "latest";

    private ChangeCursor() {
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String value) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value.trim()), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            long seq = Long.parseLong(raw.substring(PREFIX.length()));
            if (seq < 0) {
                throw new IllegalArgumentException("negative position");
            }
            return seq;
        } catch (RuntimeException e) {
            throw ProblemException.invalid(FieldError.parameter("after",
                    "is not a cursor this API issued; use the `next` value of a previous answer, or `latest`"));
        }
    }
}
