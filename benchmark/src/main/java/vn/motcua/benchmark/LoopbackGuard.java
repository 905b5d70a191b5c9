package vn.motcua.benchmark;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tool only ever sends load to this machine: every address a target host resolves to must be
 * a loopback address (127.0.0.0/8 or ::1). Anything else is refused before a single request is
 * sent. HTTP redirects are never followed, so a response cannot move the load elsewhere.
 */
public final class LoopbackGuard {

    private LoopbackGuard() {
    }

    /** Throws {@link RefusedTarget} unless the URL is http(s) on a loopback host. */
    public static URI checkHttp(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new RefusedTarget("not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTarget("only http:// and https:// URLs are supported, got: " + url);
        }
        if (uri.getHost() == null) {
            throw new RefusedTarget("URL has no host: " + url);
        }
        checkHost(uri.getHost());
        return uri;
    }

    /** Throws {@link RefusedTarget} unless every host of a {@code jdbc:postgresql:} URL is loopback. */
    public static void checkJdbc(String jdbcUrl) {
        for (String host : jdbcHosts(jdbcUrl)) {
            checkHost(host);
        }
    }

    /** Hosts named in a PostgreSQL JDBC URL; the driver's default is localhost. */
    static List<String> jdbcHosts(String jdbcUrl) {
        String prefix = "jdbc:postgresql:";
        if (!jdbcUrl.startsWith(prefix)) {
            throw new RefusedTarget("only jdbc:postgresql: URLs are supported, got: " + jdbcUrl);
        }
        String rest = jdbcUrl.substring(prefix.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        for (String param : query.split("&")) {
            String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.equals("host") || name.equals("pghost") || name.equals("socketfactory")) {
                throw new RefusedTarget("the JDBC URL parameter '" + name + "' is not allowed here: " + jdbcUrl);
            }
        }
        List<String> hosts = new ArrayList<>();
        if (!rest.startsWith("//")) {
            hosts.add("localhost");
            return hosts;
        }
        String authority = rest.substring(2);
        int slash = authority.indexOf('/');
        if (slash >= 0) {
            authority = authority.substring(0, slash);
        }
        if (authority.isEmpty()) {
            hosts.add("localhost");
            return hosts;
        }
        for (String hostPort : authority.split(",")) {
            String h = hostPort.trim();
            if (h.startsWith("[")) {
                int end = h.indexOf(']');
                if (end < 0) {
                    throw new RefusedTarget("malformed IPv6 host in " + jdbcUrl);
                }
                h = h.substring(1, end);
            } else {
                int colon = h.indexOf(':');
                if (colon >= 0) {
                    h = h.substring(0, colon);
                }
            }
            hosts.add(h.isEmpty() ? "localhost" : h);
        }
        return hosts;
    }

    static void checkHost(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("cannot resolve host '" + host + "'");
        }
        if (addresses.length == 0) {
            throw new RefusedTarget("host '" + host + "' has no address");
        }
        for (InetAddress a : addresses) {
            if (!a.isLoopbackAddress()) {
                throw new RefusedTarget("refusing non-loopback target '" + host + "' (" + a.getHostAddress()
                        + "): this tool only sends load to 127.0.0.0/8, ::1 or localhost");
            }
        }
    }

    /** A target this tool will not send load to. */
    public static final class RefusedTarget extends RuntimeException {
        public RefusedTarget(String message) {
            super(message);
        }
    }
}
