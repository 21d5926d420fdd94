package io.newsalerts.edge.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard with a resolver of fixed answers: nothing here asks DNS or connects anywhere. */
class AddressGuardTest {

    private static final Map<String, String[]> DNS = Map.of(
            "localhost", new String[] {"127.0.0.1", "::1"},
            "feeds.example", new String[] {"93.184.215.14"},
            "rebinding.example", new String[] {"93.184.215.14", "10.0.0.7"},
            "metadata.example", new String[] {"169.254.169.254"});

    private final AddressGuard guard = new AddressGuard(AddressGuardTest::resolve, IpAddresses::nonPublicKind);

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "2130706433", "0x7f000001", "0177.0.0.1", "127.1"})
    void everySpellingOfLoopbackIsRefused(String host) {
        assertThatThrownBy(() -> guard.resolve(host))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessageContaining("a loopback address");
    }

    @Test
    void aNameIsRefusedIfAnyOfItsAddressesIsPrivate() {
        assertThatThrownBy(() -> guard.resolve("rebinding.example"))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessage("rebinding.example resolves to 10.0.0.7, a private address: only public addresses are "
                        + "allowed");
        assertThatThrownBy(() -> guard.resolve("metadata.example"))
                .hasMessageContaining("169.254.169.254, a link-local address");
    }

    @Test
    void aPublicNameGivesTheAddressToConnectTo() throws UnknownHostException {
        assertThat(guard.resolve("feeds.example").getHostAddress()).isEqualTo("93.184.215.14");
        assertThat(guard.resolve("93.184.215.14").getHostAddress()).isEqualTo("93.184.215.14");
    }

    @Test
    void allowingPrivateAddressesLetsLoopbackThrough() throws UnknownHostException {
        assertThat(AddressGuard.of(true).resolve("127.1").getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void anUnknownNameIsReportedAsUnknown() {
        assertThatThrownBy(() -> guard.resolve("nowhere.example")).isInstanceOf(UnknownHostException.class);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    }
}
