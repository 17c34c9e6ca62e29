package fr.guichet.billing.erp;

import fr.guichet.billing.domain.PaymentMethod;
import java.util.Map;

/** The settings a round of the sync works with, the key opened (never logged, never in a view). */
public record ErpConnection(
        String baseUrl,
        String apiKey,
        Integer bankAccountId,
        Map<PaymentMethod, Integer> modes,
        boolean enabled,
        String haltedReason,
        int settingsVersion) {

    @Override
    public String toString() {
        return "ErpConnection[" + baseUrl + ", key ****]";
    }
}
