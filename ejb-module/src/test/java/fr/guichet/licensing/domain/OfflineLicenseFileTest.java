package fr.guichet.licensing.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.licensing.domain.OfflineLicenseFile.InvalidLicense;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OfflineLicenseFileTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-03-01T10:00:00Z");

    private final KeyPair keys = pair();
    private final OfflineLicense license = license("Société d'Essai: Paris");

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OfflineLicense license(String tenantName) {
        return new OfflineLicense("lic-0001", "tenant-42", tenantName, "pro", "Pro (annual)", EXPIRES, ISSUED);
    }

    private String written() {
        return OfflineLicenseFile.write(license, keys.getPrivate(), keys.getPublic());
    }

    /** The text with its signature line replaced by a valid signature of what comes before it. */
    private String resigned(String text) throws GeneralSecurityException {
        String signed = text.substring(0, text.indexOf("signature: "));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(signed.getBytes(UTF_8));
        return signed + "signature: " + Base64.getEncoder().encodeToString(signer.sign()) + "\n"
                + OfflineLicenseFile.END + "\n";
    }

    @Test
    @DisplayName("a written file has the documented layout and verifies into the same license")
    void roundTrip() throws InvalidLicense {
        String text = written();

        assertThat(text)
                .startsWith(OfflineLicenseFile.BEGIN + "\nformat: 1\nlicense: lic-0001\ntenant: tenant-42\n")
                .contains("\ntenant-name: Société d'Essai: Paris\nplan: pro\nplan-name: Pro (annual)\n")
                .contains("\nissued-at: 2026-03-01T10:00:00Z\nexpires-at: 2027-03-01T10:00:00Z\n")
                .contains("\nkey-id: " + OfflineLicenseFile.keyId(keys.getPublic()) + "\nsignature: ")
                .endsWith("==\n" + OfflineLicenseFile.END + "\n")
                .doesNotContain("\r");
        assertThat(OfflineLicenseFile.verify(text, keys.getPublic())).isEqualTo(license);
        assertThat(OfflineLicenseFile.verify(text.substring(0, text.length() - 1), keys.getPublic()))
                .isEqualTo(license);
    }

    @Test
    @DisplayName("changing any single byte of the file, signature and END line included, makes it fail")
    void everyByteCounts() {
        byte[] bytes = written().getBytes(UTF_8);
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            try {
                OfflineLicenseFile.verify(new String(tampered, UTF_8), keys.getPublic());
                accepted.add(i);
            } catch (InvalidLicense expected) {
                // The one outcome wanted.
            }
        }
        assertThat(bytes.length).isGreaterThan(300);
        assertThat(accepted).as("offsets whose change still verified").isEmpty();
    }

    @Test
    @DisplayName("anything after the END line but one LF, CR line ends or a lone surrogate make it fail")
    void strictEnd() {
        String text = written();

        assertThatThrownBy(() -> OfflineLicenseFile.verify(text + "\n", keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining("does not end with the line");
        assertThatThrownBy(() -> OfflineLicenseFile.verify(text + " ", keys.getPublic()))
                .isInstanceOf(InvalidLicense.class);
        assertThatThrownBy(() -> OfflineLicenseFile.verify(text.replace("\n", "\r\n"), keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining("CR");
        assertThatThrownBy(() -> OfflineLicenseFile.verify(text.replace("Essai", "Essai\uD800"), keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining("Unicode");
        assertThatThrownBy(() -> OfflineLicenseFile.verify("", keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining("does not start with");
    }

    @Test
    @DisplayName("a signature in non-canonical base64, though it decodes to the same bytes, makes it fail")
    void canonicalSignature() {
        String text = written();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int last = text.indexOf("==\n") - 1;
        // 64 bytes end with one byte in two characters: the second's 4 low bits are padding, set here to 1.
        char padded = alphabet.charAt(alphabet.indexOf(text.charAt(last)) + 1);
        String tampered = text.substring(0, last) + padded + text.substring(last + 1);

        assertThat(Base64.getDecoder().decode(tampered.substring(tampered.indexOf("signature: ") + 11, last + 3)))
                .isEqualTo(Base64.getDecoder().decode(text.substring(text.indexOf("signature: ") + 11, last + 3)));
        assertThatThrownBy(() -> OfflineLicenseFile.verify(tampered, keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining("base64");
    }

    @Test
    @DisplayName("a file signed by another key fails, naming that key and the trusted one")
    void otherKey() {
        KeyPair other = pair();
        String text = OfflineLicenseFile.write(license, other.getPrivate(), other.getPublic());
        String otherId = OfflineLicenseFile.keyId(other.getPublic());
        String trustedId = OfflineLicenseFile.keyId(keys.getPublic());

        assertThatThrownBy(() -> OfflineLicenseFile.verify(text, keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining(otherId)
                .hasMessageContaining(trustedId);
        String claimed = text.replace("key-id: " + otherId, "key-id: " + trustedId);
        assertThatThrownBy(() -> OfflineLicenseFile.verify(claimed, keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining("signature does not verify");
    }

    @Test
    @DisplayName("a missing, duplicated or unknown field fails with its name, even when the file is signed")
    void fields() throws GeneralSecurityException, InvalidLicense {
        String text = written();
        String missing = resigned(text.replace("plan: pro\n", ""));
        String duplicated = resigned(text.replace("plan: pro\n", "plan: pro\nplan: max\n"));
        String unknown = resigned(text.replace("plan: pro\n", "plan: pro\nseats: 5\n"));
        String notAField = resigned(text.replace("plan: pro\n", "plan: pro\n\n"));

        assertThat(OfflineLicenseFile.verify(resigned(text), keys.getPublic()).planCode())
                .isEqualTo("pro");
        assertThatThrownBy(() -> OfflineLicenseFile.verify(missing, keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessage("Missing field 'plan' in the license file");
        assertThatThrownBy(() -> OfflineLicenseFile.verify(duplicated, keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessage("Duplicated field 'plan' in the license file");
        assertThatThrownBy(() -> OfflineLicenseFile.verify(unknown, keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessage("Unknown field 'seats' in the license file");
        assertThatThrownBy(() -> OfflineLicenseFile.verify(notAField, keys.getPublic()))
                .isInstanceOf(InvalidLicense.class)
                .hasMessageContaining("Line 7")
                .hasMessageContaining("name: value");
    }

    @Test
    @DisplayName("a value holding CR, LF or another control character is refused when the file is written")
    void oneLineValues() {
        for (String name : List.of("Acme\nkey-id: 0000", "Acme\r", "Acme\u2028Inc", "Acme\tInc")) {
            assertThatThrownBy(() -> OfflineLicenseFile.write(license(name), keys.getPrivate(), keys.getPublic()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tenant-name");
        }
    }

    @Test
    @DisplayName("writing with a public key that is not the signing key's pair is refused")
    void mismatchedWrite() {
        assertThatThrownBy(() -> OfflineLicenseFile.write(license, keys.getPrivate(), pair().getPublic()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a pair");
    }

    @Test
    @DisplayName("a license has expired from its expiresAt instant on")
    void expiry() {
        assertThat(OfflineLicenseFile.expired(license, EXPIRES.minusSeconds(1))).isFalse();
        assertThat(OfflineLicenseFile.expired(license, EXPIRES)).isTrue();
        assertThat(OfflineLicenseFile.expired(license, EXPIRES.plusSeconds(1))).isTrue();
    }

    @Test
    @DisplayName("the public key round-trips through base64, and other texts are refused")
    void publicKeyText() {
        String base64 = OfflineLicenseFile.publicKeyToBase64(keys.getPublic());

        assertThat(OfflineLicenseFile.publicKeyFromBase64(base64)).isEqualTo(keys.getPublic());
        assertThat(OfflineLicenseFile.keyId(OfflineLicenseFile.publicKeyFromBase64(base64)))
                .matches("^[0-9a-f]{16}$")
                .isEqualTo(OfflineLicenseFile.keyId(keys.getPublic()));
        assertThatThrownBy(() -> OfflineLicenseFile.publicKeyFromBase64("not base64!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfflineLicenseFile.publicKeyFromBase64(base64.substring(4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a license states non-blank texts and expires after it was issued")
    void licenseInvariants() {
        assertThatThrownBy(() -> license(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenantName");
        assertThatThrownBy(() -> new OfflineLicense("l", "t", "n", "p", "P", ISSUED, ISSUED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after");
        assertThatThrownBy(() -> new OfflineLicense("l", "t", "n", "p", "P", null, ISSUED))
                .isInstanceOf(NullPointerException.class);
    }
}
