package io.newsdesk.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void shouldIgnoreForwardedForWithoutTrustedProxies() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.9", 0));
    }

    @Test
    void shouldTakeTheAddressTheOutermostTrustedProxySaw() {
        // The client wrote 198.51.100.1 itself; our one proxy appended the real peer.
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "198.51.100.1, 203.0.113.9", 1));
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1, 203.0.113.9", 2));
    }

    @Test
    void shouldFallBackToThePeerWithoutAHeader() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, 1));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", 1));
    }

    @Test
    void shouldTakeTheLeftmostWhenFewerHopsThanProxies() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "203.0.113.9", 3));
    }
}
