package io.newsalerts.edge.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only: nothing here resolves a name or connects anywhere. */
class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback", "127.255.255.254, loopback", "0.0.0.0, unspecified (0.0.0.0/8)",
        "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
        "169.254.169.254, link-local", "169.254.0.1, link-local", "100.64.0.1, shared (carrier-grade NAT)",
        "100.127.255.255, shared (carrier-grade NAT)", "224.0.0.1, multicast", "239.255.255.250, multicast",
        "255.255.255.255, broadcast", "240.0.0.1, reserved",
        "::1, loopback", "::, unspecified (::)", "fc00::1, private (unique local)", "fd12:3456::1, private (unique local)",
        "fe80::1, link-local", "febf::1, link-local", "ff02::1, multicast", "fec0::1, site-local",
        "::ffff:127.0.0.1, loopback", "::ffff:10.0.0.1, private", "::127.0.0.1, loopback",
        "::ffff:169.254.169.254, link-local", "64:ff9b::10.0.0.1, private", "64:ff9b::7f00:1, loopback",
        "2002:7f00:1::, loopback", "2002:c0a8:101::1, private"})
    void nonPublicAddressesAreNamedByTheirKind(String address, String kind) throws UnknownHostException {
        assertThat(IpAddresses.nonPublicKind(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
        "100.128.0.1", "169.253.1.1", "223.255.255.255", "11.0.0.1", "2606:4700:4700::1111", "2001:4860::8888",
        "64:ff9b::808:808", "::ffff:8.8.8.8"})
    void publicAddressesPass(String address) throws UnknownHostException {
        assertThat(IpAddresses.nonPublicKind(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, 127.0.0.1", "2130706433, 127.0.0.1", "0x7f000001, 127.0.0.1", "0177.0.0.1, 127.0.0.1",
        "127.1, 127.0.0.1", "0x7f.1, 127.0.0.1", "127.0.1, 127.0.0.1", "0, 0.0.0.0", "10.0.0.1., 10.0.0.1",
        "[::1], 0:0:0:0:0:0:0:1", "[::ffff:127.0.0.1], 127.0.0.1", "::1, 0:0:0:0:0:0:0:1"})
    void everySpellingOfAnAddressIsReadAsTheAddress(String host, String address) {
        assertThat(IpAddresses.literal(host)).map(InetAddress::getHostAddress).contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.org", "256.0.0.1", "1.2.3.4.5", "4294967296", "08.0.0.1",
        "0xg.0.0.1", "cafe", "a.b.c.d", "[::1"})
    void namesAndMalformedNumbersAreNoLiterals(String host) {
        assertThat(IpAddresses.literal(host)).isEmpty();
    }
}
