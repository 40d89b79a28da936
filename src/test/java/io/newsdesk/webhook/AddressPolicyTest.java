package io.newsdesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void shouldRefuseEveryNonPublicRange() throws Exception {
        for (String address : new String[] { "198.18.0.1", "198.19.255.254", "192.0.0.8", "240.0.0.1",
                "255.255.255.255", "224.0.0.251", "239.1.2.3", "100.127.255.254", "172.31.0.1", "127.8.8.8",
                "0.1.2.3", "fec0::1", "ff02::1", "fe80::abcd", "fc00::1", "::",
                "64:ff9b::a00:1", "64:ff9b::808:808", "64:ff9b:1::8.8.8.8", "64:ff9b:1:ffff::1",
                "2002:a00:1::1", "2002:c0a8:101::1", "2002:7f00:1::", "2002:a9fe:a9fe::1",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001::1",
                "::a00:1", "::808:808", "::7f00:1" }) {
            assertTrue(AddressPolicy.internal(InetAddress.getByName(address)), address);
        }
        // IPv4-mapped IPv6, kept as IPv6 (InetAddress.getByName would hand back the IPv4 address itself).
        byte[] mapped = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8 };
        assertTrue(AddressPolicy.internal(Inet6Address.getByAddress(null, mapped, -1)));
        for (String address : new String[] { "8.8.8.8", "198.20.0.1", "198.17.255.255", "100.128.0.1", "172.32.0.1",
                "192.0.1.1", "223.255.255.254", "2606:4700:4700::1111", "2002:808:808::1", "2001:4860:4860::8888",
                "64:ff9b:2::1" }) {
            assertFalse(AddressPolicy.internal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void shouldRefuseNameResolvingToAnyPrivateAddress() throws Exception {
        InetAddress publicOne = InetAddress.getByName("203.0.113.10");
        InetAddress privateOne = InetAddress.getByName("10.0.0.5");
        AddressPolicy policy = new AddressPolicy(false, host -> List.of(publicOne, privateOne));
        assertTrue(policy.refusal("https://hooks.example.test/x").isPresent());
        assertTrue(policy.pin("https://hooks.example.test/x").refusal() != null);
        assertTrue(new AddressPolicy(false, host -> List.of(InetAddress.getByName("fd12::1")))
                .refusal("https://hooks.example.test/x").isPresent());
        assertTrue(new AddressPolicy(false, host -> {
            throw new java.net.UnknownHostException(host);
        }).refusal("https://nowhere.example.test/x").isPresent());
    }

    @Test
    void shouldResolveOnceAndPinTheCheckedAddress() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        InetAddress first = InetAddress.getByName("203.0.113.10");
        AddressPolicy policy = new AddressPolicy(false, host -> List.of(lookups.getAndIncrement() == 0 ? first
                : InetAddress.getByName("127.0.0.1")));
        AddressPolicy.Checked checked = policy.pin("https://hooks.example.test:8443/x?y=1");
        assertEquals(1, lookups.get());
        assertEquals(first, checked.target().address());
        assertEquals(8443, checked.target().port());
        assertEquals("hooks.example.test", checked.target().uri().getHost());
        assertEquals(443, new AddressPolicy(false, host -> List.of(first)).pin("https://hooks.example.test/x")
                .target().port());
    }
}
