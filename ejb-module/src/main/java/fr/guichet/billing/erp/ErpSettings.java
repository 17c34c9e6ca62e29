package fr.guichet.billing.erp;

import fr.guichet.billing.domain.PaymentMethod;
import fr.guichet.dispatch.domain.SealedKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How to reach the operator's Dolibarr: its address, its API key (sealed with AES-GCM like provider keys; only its
 * last four characters shown), the bank account and payment modes payments are recorded with, whether the sync
 * runs, and why it halted when Dolibarr refused the key.
 */
@Entity
@Table(name = "erp_settings")
public class ErpSettings {

    public static final String ID = "dolibarr";

    /** What the key's ciphertext is bound to: a ciphertext copied from elsewhere does not open here. */
    public static final String KEY_CONTEXT = "erp:dolibarr";

    @Id
    private String id;

    @Column(name = "base_url", nullable = false)
    private String baseUrl;

    @Column(name = "key_ciphertext")
    private String keyCiphertext;

    @Column(name = "key_iv")
    private String keyIv;

    @Column(name = "key_master_id")
    private String keyMasterId;

    @Column(name = "key_last4")
    private String keyLast4;

    @Column(name = "bank_account_id")
    private Integer bankAccountId;

    @Column(name = "mode_transfer")
    private Integer modeTransfer;

    @Column(name = "mode_card")
    private Integer modeCard;

    @Column(name = "mode_direct_debit")
    private Integer modeDirectDebit;

    @Column(name = "mode_check")
    private Integer modeCheck;

    @Column(name = "mode_cash")
    private Integer modeCash;

    @Column(name = "mode_other")
    private Integer modeOther;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "halted_reason")
    private String haltedReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private int version;

    protected ErpSettings() {}

    public ErpSettings(String baseUrl, Instant now, String actor) {
        this.id = ID;
        this.baseUrl = baseUrl;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public void change(
            String newBaseUrl,
            Integer bankAccount,
            Map<PaymentMethod, Integer> modes,
            boolean on,
            Instant now,
            String actor) {
        this.baseUrl = newBaseUrl;
        this.bankAccountId = bankAccount;
        this.modeTransfer = modes.get(PaymentMethod.TRANSFER);
        this.modeCard = modes.get(PaymentMethod.CARD);
        this.modeDirectDebit = modes.get(PaymentMethod.DIRECT_DEBIT);
        this.modeCheck = modes.get(PaymentMethod.CHECK);
        this.modeCash = modes.get(PaymentMethod.CASH);
        this.modeOther = modes.get(PaymentMethod.OTHER);
        this.enabled = on;
        this.haltedReason = null;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public void changeKey(SealedKey sealed, String last4) {
        this.keyCiphertext = sealed.ciphertext();
        this.keyIv = sealed.iv();
        this.keyMasterId = sealed.masterKeyId();
        this.keyLast4 = last4;
        this.haltedReason = null;
    }

    /** Dolibarr refused the key: nothing is sent until the settings change or an operator retries. */
    public void halt(String reason) {
        this.haltedReason = reason;
    }

    public void resume() {
        this.haltedReason = null;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public SealedKey sealedKey() {
        return keyCiphertext == null ? null : new SealedKey(keyCiphertext, keyIv, keyMasterId);
    }

    public String keyLast4() {
        return keyLast4;
    }

    public Integer bankAccountId() {
        return bankAccountId;
    }

    /** Dolibarr's payment mode id for each method the operator mapped. */
    public Map<PaymentMethod, Integer> modes() {
        Map<PaymentMethod, Integer> modes = new EnumMap<>(PaymentMethod.class);
        put(modes, PaymentMethod.TRANSFER, modeTransfer);
        put(modes, PaymentMethod.CARD, modeCard);
        put(modes, PaymentMethod.DIRECT_DEBIT, modeDirectDebit);
        put(modes, PaymentMethod.CHECK, modeCheck);
        put(modes, PaymentMethod.CASH, modeCash);
        put(modes, PaymentMethod.OTHER, modeOther);
        return modes;
    }

    private static void put(Map<PaymentMethod, Integer> modes, PaymentMethod method, Integer id) {
        if (id != null) {
            modes.put(method, id);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public int version() {
        return version;
    }

    public String haltedReason() {
        return haltedReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
