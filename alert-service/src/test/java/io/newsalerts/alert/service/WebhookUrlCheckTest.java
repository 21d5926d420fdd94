package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.edge.net.AddressGuard;
import io.newsalerts.edge.net.IpAddresses;
import io.newsalerts.edge.problem.ProblemException;

/** Registration refuses URLs that reach the service's own network, in every spelling, without connecting. */
class WebhookUrlCheckTest {

    /** Public addresses only, as in production; "localhost" and the public name resolve without DNS. */
    private final WebhookUrlCheck check = new WebhookUrlCheck(new AddressGuard(host -> switch (host) {
        case "localhost" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        case "receiver.example.org" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184,
                (byte) 215, 14})};
        default -> throw new UnknownHostException(host);
    }, IpAddresses::nonPublicKind));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "http://[::1]/hook",
            "http://2130706433/hook", "http://0x7f000001/hook", "http://0177.0.0.1/hook", "http://10.1.2.3/hook",
            "http://169.254.169.254/latest/meta-data", "http://[::ffff:127.0.0.1]/hook", "http://224.0.0.1/hook",
            "https://192.168.1.1/hook"})
    void loopbackPrivateLinkLocalAndMulticastAreRefusedNamingTheUrl(String url) {
        assertThatThrownBy(() -> check.check(url))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).singleElement()
                            .satisfies(error -> assertThat(error.field()).isEqualTo("url"));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://receiver.example.org/hook", "http://93.184.215.14:8443/hook",
            "https://not-yet-resolvable.example.net/hook"})
    void publicAndNotYetResolvableHostsAreTaken(String url) {
        assertThat(check.check(url).toString()).isEqualTo(url);
    }
}
