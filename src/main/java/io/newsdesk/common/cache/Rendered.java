package io.newsdesk.common.cache;

import java.util.List;
import java.util.Set;

/**
 * A public answer kept as the bytes that were sent, with the headers that describe them (the
 * per-request ones, such as the request id, rate limits and CORS, are added when it is served).
 */
record Rendered(byte[] body, String contentType, String etag, String lastModified, String cacheControl,
        List<String> vary, String link, String surrogateKey, Set<String> keys) {

    Rendered varying(List<String> names) {
        return new Rendered(body, contentType, etag, lastModified, cacheControl, List.copyOf(names), link,
                surrogateKey, keys);
    }

    /** Roughly what the entry holds on the heap, for the cache's bound in bytes. */
    int weight(String key) {
        int headers = contentType.length() + etag.length() + cacheControl.length() + surrogateKey.length()
                + (lastModified == null ? 0 : lastModified.length()) + (link == null ? 0 : link.length());
        return body.length + 2 * (key.length() + headers) + 256;
    }

    boolean filedUnder(Set<String> purged) {
        for (String key : keys) {
            if (purged.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
