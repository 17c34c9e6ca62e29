package fr.guichet.licensing.service;

import fr.guichet.licensing.domain.LicenseCheckCode;
import java.time.Instant;

/**
 * What checking a key says: whether it can be activated now, why not, the plan it grants, for how many days, until
 * when it can be activated ({@code expiresAt}, null: no limit) and how many activations are left. Unknown and
 * mistyped keys say nothing more than their code.
 */
public record LicenseCheck(
        boolean valid,
        LicenseCheckCode code,
        String planId,
        String plan,
        Integer durationDays,
        Instant expiresAt,
        Integer remainingActivations) {

    static LicenseCheck unknown(LicenseCheckCode code) {
        return new LicenseCheck(false, code, null, null, null, null, null);
    }
}
