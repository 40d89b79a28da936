package io.newsdesk.common.cache;

import java.util.List;
import java.util.Set;

/**
 * A public answer kept as the bytes that were sent, with the headers that describe them (the
 * per-request ones, such as the request id, rate limits and CORS, are added when it is served).
 */
record Rendered(byte[] body, String contentType, String etag, String lastModified, String cacheControl,
        List<String> vary, String link, String surrogateKey, Set<String> keys, String template) {

    /** As sent: the {@code Vary} names and the URI template the REST layer matched (null when none). */
    Rendered varying(List<String> names, String matched) {
        return new Rendered(body, contentType, etag, lastModified, cacheControl, List.copyOf(names), link,
                surrogateKey, keys, matched);
    }

    /** Roughly what the entry holds on the heap, for the cache's bound in bytes. */
    int weight(String key) {
        int headers = contentType.length() + etag.length() + cacheControl.length() + surrogateKey.length()
                + (lastModified == null ? 0 : lastModified.length()) + (link == null ? 0 : link.length())
                + (template == null ? 0 : template.length());
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
