package fr.guichet.dispatch.service;

import fr.guichet.common.secret.SecretFile;
import fr.guichet.dispatch.domain.KeyCipher;
import fr.guichet.dispatch.domain.MasterKeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;

/**
 * Builds the master key ring once, when the application starts (a wrong setting stops the start with a
 * message that names the setting, never its value), and produces the {@link KeyCipher} every service uses.
 * With GUICHET_MASTER_KEY unset, the key comes from a file generated once (see {@link SecretFile}), with a
 * warning on every start. Rotation: set a new key and id, move the old one to guichet.master-keys-retired;
 * each provider key is re-sealed under the new master key when it is written again, or all at once by
 * {@link ProviderKeyService#resealStale()}.
 */
@ApplicationScoped
public class MasterKeys {

    private static final System.Logger LOG = System.getLogger(MasterKeys.class.getName());

    @Inject
    MasterKeyConfig config;

    private volatile KeyCipher cipher;

    void onStart(@Observes Startup event) {
        cipher();
    }

    @Produces
    KeyCipher cipher() {
        KeyCipher current = cipher;
        if (current == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = new KeyCipher(load());
                }
                current = cipher;
            }
        }
        return current;
    }

    private MasterKeyRing load() {
        String retired = config.retiredKeys().orElse(null);
        if (config.masterKey().isPresent()) {
            MasterKeyRing ring =
                    MasterKeyRing.parse(config.masterKeyId(), config.masterKey().get(), retired);
            LOG.log(
                    Level.INFO,
                    "Provider keys are protected by master key {0} from GUICHET_MASTER_KEY",
                    ring.currentId());
            return ring;
        }
        String key = SecretFile.loadOrCreate(config.masterKeyFile(), MasterKeyRing.KEY_BYTES, new SecureRandom())
                .secret();
        MasterKeyRing ring = MasterKeyRing.parse(config.masterKeyId(), key, retired);
        LOG.log(
                Level.WARNING,
                "GUICHET_MASTER_KEY is not set: provider keys are protected by master key {0} "
                        + "kept in {1} (generated on first start). Production and multi-server deployments must set "
                        + "GUICHET_MASTER_KEY (base64 of 32 random bytes) and keep it safe: without it no stored provider "
                        + "key can be decrypted.",
                ring.currentId(),
                config.masterKeyFile().toAbsolutePath());
        return ring;
    }
}
