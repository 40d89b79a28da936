package io.newsdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void shouldIgnoreForwardedForWithoutTrustedProxy() {
        assertEquals("192.0.2.10", ClientAddress.of("192.0.2.10", List.of("203.0.113.5"), 0));
    }

    @Test
    void shouldTakeTheAddressTheTrustedProxySaw() {
        assertEquals("203.0.113.5", ClientAddress.of("10.0.0.2", List.of("203.0.113.5"), 1));
        // The client forged the first entry; the proxy appended the real one.
        assertEquals("203.0.113.5", ClientAddress.of("10.0.0.2", List.of("1.2.3.4, 203.0.113.5"), 1));
        assertEquals("203.0.113.5", ClientAddress.of("10.0.0.3", List.of("1.2.3.4", "203.0.113.5, 10.0.0.2"), 2));
        assertEquals("203.0.113.5", ClientAddress.of("10.0.0.3", List.of("203.0.113.5"), 3));
    }

    @Test
    void shouldFallBackToThePeerWhenTheHeaderIsMissingOrNotAnAddress() {
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", List.of(), 1));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", List.of("unknown"), 1));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", List.of("evil.example.org"), 1));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", List.of("300.1.1.1"), 1));
    }

    @Test
    void shouldGroupIpv6AddressesByTheirSlash64() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.key("2001:db8:1:2:aaaa::1"));
        assertEquals(ClientAddress.key("2001:db8:1:2::1"), ClientAddress.key("[2001:db8:1:2:ffff::9]"));
        assertEquals("203.0.113.5", ClientAddress.key("203.0.113.5:8443"));
        assertEquals("203.0.113.5", ClientAddress.key("203.000.113.005"));
        assertNull(ClientAddress.key(":::zz"));
    }
}
