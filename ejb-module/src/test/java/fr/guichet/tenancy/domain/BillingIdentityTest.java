package fr.guichet.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BillingIdentityTest {

    private static BillingIdentity with(String siren, String vat, String country) {
        return new BillingIdentity("ACME SAS", "1 rue de la Paix", null, "75002", "Paris", country, siren, vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552100554", "443061841"})
    @DisplayName("real SIRENs pass the Luhn check")
    void validSirens(String siren) {
        assertThat(BillingIdentity.isValidSiren(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "12345678", "1234567890", "73282932A"})
    @DisplayName("a mistyped SIREN is refused")
    void invalidSirens(String siren) {
        assertThatThrownBy(() -> with(siren, null, "FR"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("billing.siren"));
    }

    @Test
    @DisplayName("a French VAT number must carry the right key and match the SIREN")
    void frenchVat() {
        BillingIdentity ok = with("732829320", "fr 44 732829320", "fr");
        assertThat(ok.vatNumber()).isEqualTo("FR44732829320");
        assertThat(ok.country()).isEqualTo("FR");
        assertThatThrownBy(() -> with("732829320", "FR45732829320", "FR")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> with("552100554", "FR44732829320", "FR"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("SIREN");
    }

    @Test
    @DisplayName("blank parts are stored as absent; a bad country code is refused")
    void blanksAndCountry() {
        BillingIdentity empty = new BillingIdentity(" ", "", null, null, null, null, " ", null);
        assertThat(empty.legalName()).isNull();
        assertThat(empty.siren()).isNull();
        assertThatThrownBy(() -> with(null, null, "FRA")).isInstanceOf(DomainException.class);
    }
}
