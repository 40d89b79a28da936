package io.newsdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void shouldGroupIpv6AddressesByTheirSlash64() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.key("2001:db8:1:2:aaaa::1"));
        assertEquals(ClientAddress.key("2001:db8:1:2::1"), ClientAddress.key("[2001:db8:1:2:ffff::9]"));
        assertEquals("203.0.113.5", ClientAddress.key("203.0.113.5:8443"));
        assertEquals("203.0.113.5", ClientAddress.key("203.000.113.005"));
        assertNull(ClientAddress.key(":::zz"));
    }
}
