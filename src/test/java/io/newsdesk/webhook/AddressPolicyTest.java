package io.newsdesk.webhook;

import io.newsdesk.webhook.AddressPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
    private final AddressPolicy strict = new AddressPolicy(false);

    @Test
    void shouldRefuseInternalAddresses() throws Exception {
        for (String address : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1" }) {
            assertTrue(AddressPolicy.internal(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] { "203.0.113.10", "198.51.100.7", "2001:db8::1" }) {
            assertFalse(AddressPolicy.internal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void shouldRefuseLoopbackUrlsUnlessAllowed() {
        assertTrue(strict.refusal("http://127.0.0.1:8080/hook").isPresent());
        assertTrue(strict.refusal("http://[::1]/hook").isPresent());
        assertTrue(strict.refusal("http://localhost/hook").isPresent());
        assertEquals(Optional.empty(), new AddressPolicy(true).refusal("http://127.0.0.1:8080/hook"));
    }

    @Test
    void shouldAcceptOnlyHttpUrlsWithAHostAndNoCredentials() {
        AddressPolicy lenient = new AddressPolicy(true);
        assertTrue(lenient.refusal("ftp://hooks.example.org/x").isPresent());
        assertTrue(lenient.refusal("file:///etc/passwd").isPresent());
        assertTrue(lenient.refusal("https:///no-host").isPresent());
        assertTrue(lenient.refusal("https://user:pass@hooks.example.org/x").isPresent());
        assertEquals(Optional.empty(), lenient.refusal("https://hooks.example.org/x"));
    }
}
