package dev.vigil.server.infrastructure.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Addresses a webhook must not reach unless the operator says so: loopback, link-local (cloud
 * metadata services live there), private and unique-local networks, carrier-grade NAT and the
 * unspecified address. Case facts must not be posted into the server's own network by a mistyped
 * or malicious URL.
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    /** The first address the host resolves to that is not public, if any. */
    static Optional<InetAddress> firstPrivate(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (isPrivate(address)) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second == 18 || second == 19));
    }
}
