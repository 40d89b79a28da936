package io.newsdesk.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from reaching into the server's own network: only http(s), and unless allowed, no
 * loopback, private, link-local, unique-local, carrier-grade NAT or unspecified addresses.
 */
final class AddressPolicy {
    private final boolean allowPrivate;

    AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be called, if it may not. Resolves the host name unless private addresses are allowed. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    return Optional.of("points at a loopback, private or link-local address, which is not allowed");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved");
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses; IPv4-mapped addresses are judged as the IPv4 they carry.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (isMappedIpv4(bytes)) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        // 100.64.0.0/10 carrier-grade NAT and 0.0.0.0/8.
        return ((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) || bytes[0] == 0;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
