package dev.vigil.server.application.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who is on the other end of a request, and whether it came over TLS. Behind a reverse proxy the
 * connection comes from the proxy; only a proxy named in {@code vigil.http.trusted-proxies} may say
 * who the client was ({@code X-Forwarded-For}) and whether it spoke HTTPS ({@code X-Forwarded-Proto}).
 * Anyone else's forwarded headers are ignored, so a client cannot choose its own address to escape
 * sign-in throttling.
 */
public record ClientOrigin(String address, boolean secure) {

    /**
     * The client as the trusted proxies tell it: the right-most address of {@code X-Forwarded-For} that is
     * not itself a trusted proxy, else the connection's own address.
     */
    public static ClientOrigin of(String remoteAddress, boolean connectionSecure, String forwardedFor,
                                  String forwardedProto, Set<String> trustedProxies) {
        String remote = remoteAddress == null ? "unknown" : remoteAddress;
        if (!trustedProxies.contains(remote)) {
            return new ClientOrigin(remote, connectionSecure);
        }
        String client = remote;
        if (forwardedFor != null) {
            List<String> hops = List.of(forwardedFor.split(","));
            for (int i = hops.size() - 1; i >= 0; i--) {
                String hop = hops.get(i).trim();
                if (!hop.isEmpty() && hop.length() <= 45 && hop.matches("[0-9A-Fa-f.:]+")) {
                    client = hop;
                    if (!trustedProxies.contains(hop)) {
                        break;
                    }
                } else {
                    break; // garbage in the chain: trust nothing before it
                }
            }
        }
        boolean secure = connectionSecure || (forwardedProto != null
                && "https".equals(forwardedProto.split(",")[0].trim().toLowerCase(Locale.ROOT)));
        return new ClientOrigin(client, secure);
    }

    /** The trusted proxies of a comma-separated setting. */
    public static Set<String> proxies(String setting) {
        if (setting == null || setting.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(List.of(setting.split("\\s*,\\s*")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
    }
}
