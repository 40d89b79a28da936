package io.newsdesk.common.ratelimit;

/** The address an anonymous client is limited by. */
final class ClientAddress {
    private ClientAddress() {
    }

    /**
     * @param peer the address of the connection
     * @param forwardedFor the X-Forwarded-For header, or null
     * @param trustedProxies how many proxies of our own append to X-Forwarded-For; 0 ignores it
     */
    static String of(String peer, String forwardedFor, int trustedProxies) {
        if (trustedProxies <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        // Each trusted proxy appends the address it saw; entries further left were written by the client.
        int index = hops.length - trustedProxies;
        String address = hops[Math.max(index, 0)].strip();
        return address.isEmpty() ? peer : address;
    }
}
