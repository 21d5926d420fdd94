package io.newsalerts.edge.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Guards outbound calls to URLs that users give (feeds, webhooks) against reaching the service's own network
 * (SSRF): a host is resolved once, every address it resolves to is checked, and the caller connects to the
 * address returned here, never to the name again, so that a second DNS answer cannot slip a private address in.
 * Thread-safe.
 */
public final class AddressGuard {

    /** Resolves a host name to all its addresses (the system resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final Function<InetAddress, Optional<String>> refusal;

    /**
     * @param refusal why an address is refused (its kind, for the message), or empty to allow it
     */
    public AddressGuard(Resolver resolver, Function<InetAddress, Optional<String>> refusal) {
        this.resolver = resolver;
        this.refusal = refusal;
    }

    /** Public addresses only ({@link IpAddresses#nonPublicKind}), or any address if {@code allowPrivate}. */
    public static AddressGuard of(boolean allowPrivate) {
        return new AddressGuard(InetAddress::getAllByName,
                allowPrivate ? address -> Optional.empty() : IpAddresses::nonPublicKind);
    }

    /**
     * The address to connect to for {@code host} (a name, an IPv4 literal in any spelling, an IPv6 literal with or
     * without brackets): the first it resolves to.
     *
     * @throws ForbiddenAddressException if any address it resolves to is refused
     * @throws UnknownHostException if it resolves to nothing
     */
    public InetAddress resolve(String host) throws UnknownHostException {
        Optional<InetAddress> literal = IpAddresses.literal(host);
        List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : List.of(resolver.resolve(host));
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            refusal.apply(address).ifPresent(kind -> {
                throw new ForbiddenAddressException(host, address, kind);
            });
        }
        return addresses.get(0);
    }
}
