package io.newsdesk.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from reaching into the server's own network: only http(s), and unless allowed, no
 * address that is not a public unicast one (loopback, private, link-local, carrier-grade NAT, benchmarking,
 * reserved, multicast, unique-local, and IPv6 forms that carry an IPv4 address: mapped, compatible, NAT64,
 * 6to4 of a private address, Teredo).
 *
 * <p>A name is resolved once, every address it resolves to is checked, and the connection goes to the
 * checked address ({@link #pin}): resolving again to connect would let a name that answers differently the
 * second time (DNS rebinding) reach an address that was never checked.
 */
final class AddressPolicy {
    /** Resolves host names; a seam so tests can make a name answer what they need. */
    @FunctionalInterface
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = host -> Arrays.asList(InetAddress.getAllByName(host));
    }

    /** Where a webhook URL may be called: the URL, and the one address to connect to for it. */
    record Target(URI uri, InetAddress address, int port) {
        boolean https() {
            return uri.getScheme().equalsIgnoreCase("https");
        }
    }

    /** A check's result: a target, or the reason (completing "The URL …") why the URL may not be called. */
    record Checked(Target target, String refusal) {
    }

    private static final String INTERNAL = "points at a loopback, private, link-local or otherwise non-public address, "
            + "which is not allowed";

    private final boolean allowPrivate;
    private final Resolver resolver;

    AddressPolicy(boolean allowPrivate) {
        this(allowPrivate, Resolver.SYSTEM);
    }

    AddressPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why the URL may not be called, if it may not. Resolves the host name unless private addresses are allowed. */
    Optional<String> refusal(String url) {
        Optional<String> shape = shape(url);
        if (shape.isPresent() || allowPrivate) {
            return shape;
        }
        return Optional.ofNullable(pin(url).refusal());
    }

    /** Resolves the URL's host once and checks every address; the target is the first of them. */
    Checked pin(String url) {
        Optional<String> shape = shape(url);
        if (shape.isPresent()) {
            return new Checked(null, shape.get());
        }
        URI uri = URI.create(url);
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Checked(null, "names a host that cannot be resolved");
        }
        if (addresses == null || addresses.isEmpty()) {
            return new Checked(null, "names a host that cannot be resolved");
        }
        if (!allowPrivate && addresses.stream().anyMatch(AddressPolicy::internal)) {
            return new Checked(null, INTERNAL);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return new Checked(new Target(uri, addresses.get(0), port), null);
    }

    private static Optional<String> shape(String url) {
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
        return Optional.empty();
    }

    /** Whether the address is anything but public unicast. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalIpv4(b);
        }
        if (!(address instanceof Inet6Address)) {
            return true;
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc || first == 0xff) { // fc00::/7 unique local, ff00::/8 multicast
            return true;
        }
        if (allZero(b, 0, 10) && (allZero(b, 10, 12) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff))) {
            return true; // ::/96 IPv4-compatible (and :: itself), ::ffff:0:0/96 IPv4-mapped
        }
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && (allZero(b, 4, 12) || (b[4] == 0 && b[5] == 1))) {
            return true; // 64:ff9b::/96 and 64:ff9b:1::/48 NAT64
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return true; // 2001::/32 Teredo: the real address is the client's to choose
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return internalIpv4(Arrays.copyOfRange(b, 2, 6)); // 2002::/16 6to4 carries the IPv4 address
        }
        return false;
    }

    private static boolean internalIpv4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        return a == 0 // 0.0.0.0/8 "this network"
                || a == 10 || a == 127 // private, loopback
                || (a == 100 && (second & 0xc0) == 64) // 100.64.0.0/10 carrier-grade NAT
                || (a == 169 && second == 254) // link local
                || (a == 172 && (second & 0xf0) == 16) // 172.16.0.0/12 private
                || (a == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (a == 192 && second == 168) // private
                || (a == 198 && (second & 0xfe) == 18) // 198.18.0.0/15 benchmarking
                || a >= 224; // 224.0.0.0/4 multicast, 240.0.0.0/4 reserved, broadcast
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
