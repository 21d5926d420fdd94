package io.newsalerts.edge.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads IP address literals in every spelling a URL host may use, and tells which addresses are not public:
 * loopback, private, link-local, multicast and the other ranges no outbound call of a service should reach.
 */
public final class IpAddresses {

    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private IpAddresses() {
    }

    /**
     * The address a URL host names without a lookup: an IPv6 literal (with or without brackets) or an IPv4 address
     * in any form that {@code inet_aton} and browsers accept: one to four parts, each decimal, octal ({@code 0177})
     * or hexadecimal ({@code 0x7f}), the last filling the remaining bytes ({@code 127.1}, {@code 2130706433}).
     * Empty for a host name.
     */
    public static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.indexOf(':') >= 0) {
            try {
                return Optional.of(InetAddress.getByName(bare));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return ipv4(bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare);
    }

    /**
     * Why {@code address} is not public ({@code "loopback"}, {@code "private"}, ...), or empty if it is. IPv6
     * addresses that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
     */
    public static Optional<String> nonPublicKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ipv4Kind(toInt(bytes, 0)) : ipv6Kind(bytes);
    }

    private static Optional<String> ipv4Kind(int ip) {
        if (in(ip, 0x7f000000, 8)) {
            return Optional.of("loopback");
        }
        if (in(ip, 0x0a000000, 8) || in(ip, 0xac100000, 12) || in(ip, 0xc0a80000, 16)) {
            return Optional.of("private");
        }
        if (in(ip, 0xa9fe0000, 16)) {
            return Optional.of("link-local");
        }
        if (in(ip, 0x64400000, 10)) {
            return Optional.of("shared (carrier-grade NAT)");
        }
        if (in(ip, 0xe0000000, 4)) {
            return Optional.of("multicast");
        }
        if (ip == 0xffffffff) {
            return Optional.of("broadcast");
        }
        if (in(ip, 0xf0000000, 4)) {
            return Optional.of("reserved");
        }
        if (in(ip, 0, 8)) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Kind(byte[] b) {
        boolean firstTwelveZero = Arrays.equals(b, 0, 12, new byte[12], 0, 12);
        if (firstTwelveZero && toInt(b, 12) == 0) {
            return Optional.of("unspecified (::)");
        }
        if (firstTwelveZero && toInt(b, 12) == 1) {
            return Optional.of("loopback");
        }
        boolean mapped = Arrays.equals(b, 0, 10, new byte[10], 0, 10) && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        if (firstTwelveZero || mapped || Arrays.equals(b, 0, 12, NAT64_PREFIX, 0, 12)) {
            return ipv4Kind(toInt(b, 12));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4Kind(toInt(b, 2));
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("private (unique local)");
        }
        if (b[0] == (byte) 0xfe && (b[1] & 0xc0) == 0x80) {
            return Optional.of("link-local");
        }
        if (b[0] == (byte) 0xfe && (b[1] & 0xc0) == 0xc0) {
            return Optional.of("site-local");
        }
        if (b[0] == (byte) 0xff) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(parts[i]);
            if (values[i] < 0 || (i < parts.length - 1 && values[i] > 255)) {
                return Optional.empty();
            }
        }
        long last = values[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            return Optional.empty();
        }
        long ip = last;
        for (int i = 0; i < parts.length - 1; i++) {
            ip |= values[i] << (8 * (3 - i));
        }
        byte[] bytes = {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip};
        try {
            return Optional.of(InetAddress.getByAddress(host, bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    /** A part of an IPv4 literal: decimal, octal (leading 0) or hexadecimal (0x); -1 if it is none. */
    private static long number(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        int radix = 10;
        String digits = lower;
        if (lower.startsWith("0x")) {
            radix = 16;
            digits = lower.substring(2);
        } else if (lower.length() > 1 && lower.startsWith("0")) {
            radix = 8;
            digits = lower.substring(1);
        }
        if (digits.isEmpty() && radix == 16) {
            return 0;
        }
        if (digits.isEmpty() || digits.length() > 11) {
            return -1;
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean in(int ip, int network, int prefixLength) {
        int mask = -1 << (32 - prefixLength);
        return (ip & mask) == (network & mask);
    }

    private static int toInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16 | (bytes[offset + 2] & 0xff) << 8
                | (bytes[offset + 3] & 0xff);
    }
}
