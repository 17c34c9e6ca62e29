package fr.guichet.licensing.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The license key format: 25 characters in five groups of five ({@code XXXXX-XXXXX-XXXXX-XXXXX-XXXXX}), easy to
 * read aloud and type. The alphabet has 31 characters, none of the look-alikes 0, O, 1, I and Z (2 is kept); 24 characters are
 * random (about 119 bits), the last is a check character.
 *
 * <p>The check: with the characters' values v<sub>1</sub>…v<sub>25</sub> and weights 1…25,
 * Σ i·v<sub>i</sub> ≡ 0 (mod 31). As 31 is prime and the weights are distinct and non-zero modulo 31, changing any
 * one character breaks the sum (i·Δ ≢ 0), and so does swapping two different adjacent characters
 * ((v<sub>i</sub> − v<sub>i+1</sub>)·(i − (i+1)) ≢ 0): every single typo and every adjacent swap is told apart from
 * an unknown key.
 */
public final class LicenseKeyFormat {

    /** 8 digits and 23 letters: 31, a prime. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXY";

    public static final int LENGTH = 25;
    public static final int GROUP = 5;

    private static final int BASE = ALPHABET.length();

    /** What a typed text is, as a license key. */
    public enum Shape {
        /** 25 characters of the alphabet whose check character is right. */
        WELL_FORMED,
        /** 25 characters of the alphabet with a wrong check character: a mistyped key. */
        BAD_CHECK,
        /** Not even the shape of a key (length, characters). */
        NOT_A_KEY
    }

    private LicenseKeyFormat() {}

    /** A new random key, grouped. */
    public static String generate(RandomGenerator random) {
        char[] key = new char[LENGTH];
        for (int i = 0; i < LENGTH - 1; i++) {
            key[i] = ALPHABET.charAt(random.nextInt(BASE));
        }
        key[LENGTH - 1] = ALPHABET.charAt(checkValue(key));
        return grouped(new String(key));
    }

    /** The shape of a typed key: case, spaces and dashes do not matter. */
    public static Shape shapeOf(String typed) {
        Optional<String> compact = compact(typed);
        if (compact.isEmpty()) {
            return Shape.NOT_A_KEY;
        }
        char[] key = compact.get().toCharArray();
        return ALPHABET.charAt(checkValue(key)) == key[LENGTH - 1] ? Shape.WELL_FORMED : Shape.BAD_CHECK;
    }

    /**
     * The key in its one written form ({@code XXXXX-XXXXX-…}, upper case), whatever the case, spaces and dashes it
     * was typed with; empty when the text does not have a key's shape. This form is what is hashed and stored.
     */
    public static Optional<String> canonical(String typed) {
        return compact(typed).map(LicenseKeyFormat::grouped);
    }

    private static Optional<String> compact(String typed) {
        if (typed == null || typed.length() > 100) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            compact.append(c);
        }
        return compact.length() == LENGTH ? Optional.of(compact.toString()) : Optional.empty();
    }

    /** The value the last character must have so that Σ i·v_i ≡ 0 (mod 31), from the first 24. */
    private static int checkValue(char[] key) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum = (sum + (i + 1) * ALPHABET.indexOf(key[i])) % BASE;
        }
        // 25·c ≡ −sum (mod 31); 25⁻¹ ≡ 5 (mod 31) since 25·5 = 125 = 4·31 + 1.
        return Math.floorMod(-sum * 5, BASE);
    }

    private static String grouped(String compact) {
        StringBuilder text = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                text.append('-');
            }
            text.append(compact.charAt(i));
        }
        return text.toString();
    }
}
