package vn.motcua.dossier.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("10.0.0.5", List.of("1.2.3.4"), 0)).isEqualTo("10.0.0.5");
    }

    @Test
    void behindProxiesTheEntryTheOutermostTrustedProxyAddedIsTheClient() {
        // the client forged "6.6.6.6"; our one proxy appended the address it saw
        assertThat(ClientAddress.of("10.0.0.5", List.of("6.6.6.6, 203.0.113.9"), 1)).isEqualTo("203.0.113.9");
        // a CDN then our proxy: two hops
        assertThat(ClientAddress.of("10.0.0.5", List.of("6.6.6.6, 203.0.113.9", "198.51.100.1"), 2))
                .isEqualTo("203.0.113.9");
        // fewer entries than hops: the leftmost known
        assertThat(ClientAddress.of("10.0.0.5", List.of("203.0.113.9"), 3)).isEqualTo("203.0.113.9");
        // no header at all: the peer
        assertThat(ClientAddress.of("10.0.0.5", List.of(), 1)).isEqualTo("10.0.0.5");
    }

    @Test
    void addressesAreNormalisedAndBounded() {
        assertThat(ClientAddress.of(" 203.0.113.9 ", null, 0)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(null, null, 0)).isEqualTo("unknown");
        assertThat(ClientAddress.of("x", List.of("a".repeat(500)), 1)).hasSize(ClientAddress.MAX_LENGTH);
    }

    @Test
    void anIpv6ClientIsItsSlash64Network() {
        assertThat(ClientAddress.of("2001:DB8:1:2::1", null, 0)).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd", null, 0)).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("10.0.0.5", List.of("[2001:db8:1:3::9]"), 1)).isEqualTo("2001:db8:1:3::/64");
        assertThat(ClientAddress.of("fe80::1%eth0", null, 0)).isEqualTo("fe80:0:0:0::/64");
        // an IPv4 client seen through an IPv6 socket is that IPv4 address
        assertThat(ClientAddress.of("::ffff:203.0.113.9", null, 0)).isEqualTo("203.0.113.9");
        // what is not an address stays as it was, and is never looked up
        assertThat(ClientAddress.of("10.0.0.5", List.of("not:an:address.example"), 1))
                .isEqualTo("not:an:address.example");
        assertThat(ClientAddress.of("10.0.0.5", List.of("1:2:3"), 1)).isEqualTo("1:2:3");
    }
}
