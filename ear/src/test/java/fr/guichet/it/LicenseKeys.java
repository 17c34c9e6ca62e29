package fr.guichet.it;

import java.security.SecureRandom;

/**
 * License keys made by the tests from the published format (25 characters of a 31-letter alphabet, the last a
 * check character such that Σ i·v_i ≡ 0 mod 31): well-formed, yet never issued.
 */
final class LicenseKeys {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LicenseKeys() {}

    /** A random well-formed key other than {@code avoid}. */
    static String wellFormedUnknown(String avoid) {
        while (true) {
            int[] v = new int[25];
            int sum = 0;
            for (int i = 0; i < 24; i++) {
                v[i] = RANDOM.nextInt(31);
                sum = (sum + (i + 1) * v[i]) % 31;
            }
            v[24] = Math.floorMod(-sum * 5, 31);
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 25; i++) {
                if (i > 0 && i % 5 == 0) {
                    key.append('-');
                }
                key.append(ALPHABET.charAt(v[i]));
            }
            if (!key.toString().equals(avoid)) {
                return key.toString();
            }
        }
    }
}
