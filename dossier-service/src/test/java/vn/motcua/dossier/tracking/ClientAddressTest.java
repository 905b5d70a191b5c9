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
        assertThat(ClientAddress.of("2001:DB8::1", null, 0)).isEqualTo("2001:db8::1");
        assertThat(ClientAddress.of(null, null, 0)).isEqualTo("unknown");
        assertThat(ClientAddress.of("x", List.of("a".repeat(500)), 1)).hasSize(ClientAddress.MAX_LENGTH);
    }
}
