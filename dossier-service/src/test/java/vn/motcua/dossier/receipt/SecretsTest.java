package vn.motcua.dossier.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void lookupSecretsAreEasyToTypeAndStoredOnlyAsSaltedHashes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = Secrets.newLookupSecret();
            assertThat(secret).matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}-"
                    + "[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}");
            assertThat(seen.add(secret)).isTrue();
        }
        String secret = "K7M2-Q9XH-P4RT";
        String a = Secrets.hashLookupSecret(secret);
        String b = Secrets.hashLookupSecret(secret);
        assertThat(a).isNotEqualTo(b).startsWith("hmac-sha256$").doesNotContain("K7M2");
        assertThat(Secrets.lookupSecretMatches(secret, a)).isTrue();
        assertThat(Secrets.lookupSecretMatches("k7m2 q9xh p4rt", b)).isTrue();
        assertThat(Secrets.lookupSecretMatches("K7M2-Q9XH-P4RS", a)).isFalse();
        assertThat(Secrets.lookupSecretMatches(secret, "garbage")).isFalse();
        assertThat(Secrets.lookupSecretMatches(null, a)).isFalse();
    }

    @Test
    void surveyTokensCarryAtLeast128RandomBitsUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Secrets.newSurveyToken();
            assertThat(token).matches("[A-Za-z0-9_-]{32}"); // 24 bytes = 192 bits
            assertThat(seen.add(token)).isTrue();
        }
        assertThat(Secrets.hashSurveyToken("abc")).hasSize(64).isEqualTo(Secrets.hashSurveyToken("abc"));
    }

    @Test
    void theSurveyTokenIsSealedForTheHolderOfTheLookupSecretOfItsDossierOnly() {
        UUID dossier = UUID.randomUUID();
        Secrets.Issued issued = Secrets.issue(dossier);
        assertThat(Secrets.lookupSecretMatches(issued.lookupSecret(), issued.lookupSecretHash())).isTrue();
        assertThat(issued.surveyTokenHash()).isEqualTo(Secrets.hashSurveyToken(issued.surveyToken()));
        assertThat(new String(issued.surveyTokenSealed(), StandardCharsets.ISO_8859_1))
                .doesNotContain(issued.surveyToken());

        String typedLoosely = issued.lookupSecret().toLowerCase().replace("-", " ");
        assertThat(Secrets.unsealSurveyToken(issued.surveyTokenSealed(), typedLoosely, dossier))
                .hasValue(issued.surveyToken());
        assertThat(Secrets.unsealSurveyToken(issued.surveyTokenSealed(), Secrets.newLookupSecret(), dossier)).isEmpty();
        assertThat(Secrets.unsealSurveyToken(issued.surveyTokenSealed(), issued.lookupSecret(), UUID.randomUUID()))
                .isEmpty();
        assertThat(Secrets.unsealSurveyToken(null, issued.lookupSecret(), dossier)).isEmpty();
        // a fresh nonce each time: the same token sealed twice does not look the same
        assertThat(Secrets.sealSurveyToken(issued.surveyToken(), issued.lookupSecret(), dossier))
                .isNotEqualTo(issued.surveyTokenSealed());
    }

    @Test
    void receiptCodesPadTheDailySequenceToFourDigitsAtLeast() {
        LocalDate day = LocalDate.of(2023, 7, 15);
        assertThat(ReceiptCode.format("000.00.20.H26", day, 1)).isEqualTo("000.00.20.H26-230715-0001");
        assertThat(ReceiptCode.format("000.00.20.H26", day, 987)).isEqualTo("000.00.20.H26-230715-0987");
        assertThat(ReceiptCode.format("000.00.20.H26", day, 12345)).isEqualTo("000.00.20.H26-230715-12345");
        assertThatThrownBy(() -> ReceiptCode.format("X", day, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
