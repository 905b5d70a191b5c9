package vn.motcua.dossier.tracking;

import java.util.List;
import java.util.Locale;

/**
 * The address a public request came from, for throttling. By default the TCP peer's address: a client can write
 * any {@code X-Forwarded-For} it likes. Behind reverse proxies, set how many of them append to that header
 * ({@code motcua.tracking.forwarded-for-hops}); the address {@code hops} entries from the right is then the one
 * the outermost trusted proxy saw, and entries further left (written by the client) are ignored.
 */
public final class ClientAddress {

    static final int MAX_LENGTH = 100;

    private ClientAddress() {
    }

    public static String of(String peer, List<String> forwardedFor, int hops) {
        String address = peer;
        if (hops > 0 && forwardedFor != null && !forwardedFor.isEmpty()) {
            List<String> chain = forwardedFor.stream()
                    .flatMap(header -> java.util.Arrays.stream(header.split(",")))
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
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
