package io.newsdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void shouldTakeACanonicalIpv4AddressAsItIs() {
        for (String address : new String[] { "127.0.0.1", "0.0.0.0", "255.255.255.255", "10.200.3.49" }) {
            assertTrue(ClientAddress.canonicalIpv4(address), address);
            assertSame(address, ClientAddress.key(address), address);
        }
        for (String address : new String[] { "", ".", "1.2.3", "1.2.3.4.", "1.2.3.4.5", "01.2.3.4", "1.2.3.256",
                "1.2.3.1000", "1..3.4", ".1.2.3", "1.2.3.4:80", " 1.2.3.4", "1.2.3.a", "::1" }) {
            assertFalse(ClientAddress.canonicalIpv4(address), address);
        }
        assertEquals("1.2.3.4", ClientAddress.key("1.2.3.4:80"));
        assertEquals("1.2.3.4", ClientAddress.key(" 1.2.3.4"));
        assertEquals("1.2.3.4", ClientAddress.key("01.2.3.4"));
        assertNull(ClientAddress.key("1.2.3.256"));
    }
}
