package fr.guichet.it;

import static fr.guichet.it.Licenses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.guichet.licensing.domain.OfflineLicense;
import fr.guichet.licensing.domain.OfflineLicenseFile;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Offline license files: signed by the server, verified here with nothing but the public key and the JDK. */
class OfflineLicenseIT {

    @Test
    @DisplayName("a tenant admin downloads a signed file that verifies with the public key; one changed byte breaks it")
    void signedFileVerifies() throws Exception {
        String plan = Licenses.plan();
        Tenants.Opened t = Tenants.open("lic-off");
        Licenses.Generated g = Licenses.one(plan, Map.of("durationDays", 365));
        Api portal = Tenants.signIn(t);
        Api.Reply activated = Licenses.activate(portal, g.key());
        assertThat(activated.status()).as(activated.toString()).isEqualTo(201);

        Api.Reply file = portal.post("/api/licenses/" + g.id() + "/offline", null);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/plain");
        assertThat(file.header("Content-Disposition")).contains(".lic");
        String text = file.raw();

        JsonNode key = Api.anonymous().get("/api/licenses/public-key").json();
        assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(key.get("publicKey").asText())));

        // By the documented format alone: the bytes before the signature line are signed.
        int at = text.indexOf("signature: ");
        String signature = text.substring(at + 11, text.indexOf('\n', at));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isTrue();

        // And by the routine an on-premise installation copies.
        OfflineLicense license = OfflineLicenseFile.verify(text, publicKey);
        assertThat(license.licenseId()).isEqualTo(g.id());
        assertThat(license.tenantId()).isEqualTo(t.id());
        assertThat(license.planName()).startsWith("Licensed ");
        assertThat(license.expiresAt())
                .isEqualTo(Instant.parse(activated.json().get("accessEndsAt").asText()));
        assertThat(text).contains("key-id: " + key.get("keyId").asText());

        String tampered = text.replace("plan-name: Licensed", "plan-name: Licenced");
        assertThat(tampered).isNotEqualTo(text);
        assertThatThrownBy(() -> OfflineLicenseFile.verify(tampered, publicKey))
                .isInstanceOf(OfflineLicenseFile.InvalidLicense.class);

        assertThat(Licenses.audit("license.offline_issued"))
                .anySatisfy(e -> assertThat(e.get("subject").asText()).isEqualTo("license:" + g.id()));
        Api.Reply byOperator =
                Api.operator().post("/api/admin/licenses/" + g.id() + "/offline", Map.of("tenantId", t.id()));
        assertThat(byOperator.status()).as(byOperator.toString()).isEqualTo(200);
        assertThat(OfflineLicenseFile.verify(byOperator.raw(), publicKey).tenantId())
                .isEqualTo(t.id());
    }

    @Test
    @DisplayName("no file for another tenant's license, for a member, or once the key is revoked")
    void refusals() {
        Licenses.Generated g = Licenses.one(Licenses.plan());
        Tenants.Opened owner = Tenants.open("lic-own");
        Api ownerPortal = Tenants.signIn(owner);
        assertThat(Licenses.activate(ownerPortal, g.key()).status()).isEqualTo(201);

        Api stranger = Tenants.signIn(Tenants.open("lic-str"));
        assertProblem(stranger.post("/api/licenses/" + g.id() + "/offline", null), 404, "LICENSE_NOT_ACTIVATED");
        assertThat(stranger.get("/api/portal/license").json().get("activations"))
                .isEmpty();
        assertProblem(
                Api.operator().post("/api/admin/licenses/" + g.id() + "/offline", Map.of("tenantId", "nobody")),
                404,
                "LICENSE_NOT_ACTIVATED");

        Api.Reply invited = ownerPortal.post(
                "/api/portal/users", Map.of("email", "member@" + owner.slug() + ".example", "role", "MEMBER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        Api member = Tenants.signIn(
                owner.slug(), "member@" + owner.slug() + ".example", Tenants.choosePassword(owner.id(), invited));
        assertProblem(member.post("/api/licenses/" + g.id() + "/offline", null), 403, "FORBIDDEN");

        Licenses.move(g.id(), "revoke", Map.of("reason", "Refund"));
        assertProblem(ownerPortal.post("/api/licenses/" + g.id() + "/offline", null), 409, "LICENSE_REVOKED");
    }
}
