package io.newsdesk.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** The address an anonymous client is counted against, by the API limits and the review limit alike. */
public final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private ClientAddress() {
    }

    /**
     * The client a request counts against. The peer address of the connection; behind a reverse proxy,
     * Quarkus's proxy support ({@code quarkus.http.proxy.*}) makes that the address the trusted proxy
     * forwarded for, so nothing here reads forwarding headers.
     */
    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String address = remote == null ? null : remote.hostAddress();
        String key = key(address);
        return key == null ? String.valueOf(address) : key;
    }

    /**
     * An IPv4 address as it is; an IPv6 address as its /64 network, since one subscriber is handed a
     * whole /64 and could otherwise take a fresh address for every submission. Null when not an address.
     */
    static String key(String address) {
        if (address == null) {
            return null;
        }
        if (canonicalIpv4(address)) {
            // What a connection's peer address always is: nothing to normalise, nothing to allocate.
            return address;
        }
        String host = address.strip();
        if (host.startsWith("[") && host.contains("]")) {
            host = host.substring(1, host.indexOf(']'));
        } else if (host.indexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            host = host.substring(0, host.indexOf(':'));
        }
        if (IPV4.matcher(host).matches()) {
            return ipv4(host);
        }
        if (!host.contains(":") || !IPV6.matcher(host).matches()) {
            return null;
        }
        InetAddress parsed = parse(host);
        if (!(parsed instanceof Inet6Address)) {
            return parsed == null ? null : parsed.getHostAddress();
        }
        byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return parse(network).getHostAddress() + "/64";
    }

    /** Four decimal octets without leading zeros, as the socket layer writes an IPv4 address. */
    static boolean canonicalIpv4(String address) {
        int octets = 0;
        int i = 0;
        int length = address.length();
        while (i < length && octets < 4) {
            int start = i;
            int value = 0;
            while (i < length && i - start < 3 && address.charAt(i) >= '0' && address.charAt(i) <= '9') {
                value = value * 10 + address.charAt(i) - '0';
                i++;
            }
            int digits = i - start;
            if (digits == 0 || value > 255 || (digits > 1 && address.charAt(start) == '0')) {
                return false;
            }
            octets++;
            if (i < length) {
                if (address.charAt(i) != '.' || octets == 4) {
                    return false;
                }
                i++;
            }
        }
        return octets == 4 && i == length && address.charAt(length - 1) != '.';
    }

    private static String ipv4(String dotted) {
        StringBuilder normal = new StringBuilder();
        for (String part : dotted.split("\\.")) {
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return null;
            }
            normal.append(normal.isEmpty() ? "" : ".").append(octet);
        }
        return normal.toString();
    }

    /** Only ever called with IPv6 literals (checked above), so no name is looked up. */
    private static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static InetAddress parse(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
