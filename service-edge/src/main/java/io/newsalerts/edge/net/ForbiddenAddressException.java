package io.newsalerts.edge.net;

import java.net.InetAddress;

/** A host resolved to an address that outbound calls must not reach; the message names the address and why. */
public class ForbiddenAddressException extends RuntimeException {

    public ForbiddenAddressException(String host, InetAddress address, String kind) {
        super(host + " resolves to " + address.getHostAddress() + ", a " + kind
                + " address: only public addresses are allowed");
    }
}
