package vn.motcua.dossier.tracking;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The client a public request came from, for throttling. By default the TCP peer's address: a client can write
 * any {@code X-Forwarded-For} it likes. Behind reverse proxies, set how many of them append to that header
 * ({@code motcua.tracking.forwarded-for-hops}); the address {@code hops} entries from the right is then the one
 * the outermost trusted proxy saw, and entries further left (written by the client) are ignored.
 *
 * <p>An IPv6 client is its /64 network: one subscriber gets a whole /64 and could otherwise take a fresh address
 * for every guess.
 */
public final class ClientAddress {

    static final int MAX_LENGTH = 100;

    private ClientAddress() {
    }

    public static String of(String peer, List<String> forwardedFor, int hops) {
        String address = peer;
        if (hops > 0 && forwardedFor != null && !forwardedFor.isEmpty()) {
            List<String> chain = forwardedFor.stream()
                    .flatMap(header -> Arrays.stream(header.split(",")))
                    .map(String::strip)
                    .filter(entry -> !entry.isEmpty())
                    .toList();
            // with fewer entries than trusted proxies, the leftmost one is still the best known
            if (!chain.isEmpty()) {
                address = chain.get(Math.max(0, chain.size() - hops));
            }
        }
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        address = address.strip().toLowerCase(Locale.ROOT);
        address = address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
        return address.indexOf(':') >= 0 ? ipv6Network(address) : address;
    }

    /** {@code 2001:db8:1:2::/64} for any address of that /64; an IPv4-mapped address as IPv4; else unchanged. */
    private static String ipv6Network(String address) {
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        literal = zone >= 0 ? literal.substring(0, zone) : literal;
        if (!literal.matches("[0-9a-f:][0-9a-f:.]*")) {
            return address;
        }
        try {
            // a string with a colon is parsed as an IPv6 literal, never looked up in DNS
            InetAddress parsed = InetAddress.getByName(literal);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
