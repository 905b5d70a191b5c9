package vn.motcua.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    @TempDir
    Path dir;

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void unitRolesGetTheDefaultUnitOthersOnlyWhenAsked() {
        Tokens tokens = Tokens.fromKeysIn(dir.resolve("jwt"));
        assertThat(claims(tokens.mint("officer", Optional.empty(), "000.00.20.H26", Duration.ofHours(1))))
                .contains("\"groups\":[\"officer\"]").contains("\"unit\":\"000.00.20.H26\"")
                .contains("\"iss\":\"https://motcua.local/issuer\"");
        assertThat(claims(tokens.mint("analyst", Optional.empty(), "000.00.20.H26", Duration.ofHours(1))))
                .contains("\"groups\":[\"analyst\"]").doesNotContain("unit");
        assertThat(claims(tokens.mint("analyst", Optional.of("H26"), "000.00.20.H26", Duration.ofHours(1))))
                .contains("\"unit\":\"H26\"");
    }

    @Test
    void everyRoleGetsATokenValidTwelveHours() {
        Tokens tokens = Tokens.fromKeysIn(dir.resolve("jwt"));
        var all = tokens.forEveryRole("000.00.20.H26");
        assertThat(all.keySet()).containsExactly("catalog-admin", "officer", "commune-system", "analyst", "kiosk", "admin");
        String claims = claims(all.get("commune-system"));
        long iat = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(exp - iat).isEqualTo(12 * 3600);
        assertThat(claims).contains("\"unit\":\"000.00.20.H26\"");
    }

    @Test
    void keysAreCreatedOnceAndReused() {
        Tokens.fromKeysIn(dir.resolve("jwt"));
        String publicKey = read(dir.resolve("jwt/public-key.pem"));
        Tokens.fromKeysIn(dir.resolve("jwt"));
        assertThat(read(dir.resolve("jwt/public-key.pem"))).isEqualTo(publicKey);
    }

    @Test
    void validatesRoleAndHours() {
        assertThat(Tokens.role("kiosk")).isEqualTo("kiosk");
        assertThatThrownBy(() -> Tokens.role("root")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown role 'root'").hasMessageContaining("catalog-admin");
        assertThat(Tokens.validity(Optional.empty())).isEqualTo(Duration.ofHours(12));
        assertThat(Tokens.validity(Optional.of("3"))).isEqualTo(Duration.ofHours(3));
        assertThatThrownBy(() -> Tokens.validity(Optional.of("0"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Tokens.validity(Optional.of("1.5"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("--hours");
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
