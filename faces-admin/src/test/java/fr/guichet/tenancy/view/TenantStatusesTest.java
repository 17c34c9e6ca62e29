package fr.guichet.tenancy.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.domain.TenantStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TenantStatusesTest {

    private final TenantStatuses statuses = new TenantStatuses();

    @Test
    @DisplayName("a tenant can be moved to any other status but trial")
    void targets() {
        assertThat(statuses.targetsFrom(TenantStatus.TRIAL))
                .containsExactly(
                        TenantStatus.ACTIVE, TenantStatus.PAST_DUE, TenantStatus.SUSPENDED, TenantStatus.CANCELLED);
        assertThat(statuses.targetsFrom(TenantStatus.CANCELLED))
                .containsExactly(TenantStatus.ACTIVE, TenantStatus.PAST_DUE, TenantStatus.SUSPENDED);
    }

    @Test
    @DisplayName("untrusted status names are kept only when they name a status")
    void known() {
        assertThat(statuses.known("PAST_DUE")).isEqualTo("past_due");
        assertThat(statuses.known(" active ")).isEqualTo("active");
        assertThat(statuses.known("deleted")).isNull();
        assertThat(statuses.known(null)).isNull();
    }

    @Test
    @DisplayName("every status has a label in English and in French, and a tag colour")
    void labels() {
        for (TenantStatus status : TenantStatus.values()) {
            assertThat(statuses.label(status, java.util.Locale.ENGLISH)).isNotBlank();
            assertThat(statuses.label(status, java.util.Locale.FRENCH))
                    .isNotBlank()
                    .isNotEqualTo(statuses.label(status, java.util.Locale.ENGLISH));
            assertThat(statuses.severity(status)).isNotBlank();
        }
        assertThat(statuses.label(TenantStatus.PAST_DUE, java.util.Locale.ENGLISH))
                .isEqualTo("Past due");
        assertThat(statuses.label(TenantStatus.PAST_DUE, java.util.Locale.FRENCH))
                .isEqualTo("Impayé");
    }
}
