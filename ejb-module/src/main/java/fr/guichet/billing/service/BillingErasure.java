package fr.guichet.billing.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Erases a tenant's personal data in billing and keeps what the law requires: issued invoices (10 years, with the
 * buyer they were made out to, their PDF and Factur-X as issued) and payments. The invoices' contact e-mail, the
 * payment providers' event bodies (which carry the payer's name and e-mail) and who asked for each plan change are
 * erased, and drafts never issued are deleted. Runs in the caller's transaction (privacy's erasure).
 */
@Stateless
public class BillingErasure {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void erase(String tenantId) {
        // Drafts were never issued: nothing requires keeping them, and they name the buyer.
        em.createNativeQuery("DELETE FROM invoice_line WHERE invoice_id IN"
                        + " (SELECT id FROM invoice WHERE tenant_id = ? AND issued = FALSE)")
                .setParameter(1, tenantId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM invoice WHERE tenant_id = ? AND issued = FALSE")
                .setParameter(1, tenantId)
                .executeUpdate();
        em.createNativeQuery("UPDATE invoice SET buyer_email = NULL WHERE tenant_id = ?")
                .setParameter(1, tenantId)
                .executeUpdate();
        em.createNativeQuery("UPDATE payment_event SET payload = NULL"
                        + " WHERE invoice_id IN (SELECT id FROM invoice WHERE tenant_id = ?)")
                .setParameter(1, tenantId)
                .executeUpdate();
        em.createNativeQuery("UPDATE subscription_change SET actor = '[erased]' WHERE actor LIKE 'user:%'"
                        + " AND subscription_id IN (SELECT id FROM subscription WHERE tenant_id = ?)")
                .setParameter(1, tenantId)
                .executeUpdate();
        // Dolibarr's refusals may quote the client's data; the sync's ids and states stay (its books keep them).
        em.createNativeQuery(
                        "UPDATE erp_task SET last_error = '[erased]' WHERE tenant_id = ? AND last_error IS NOT NULL")
                .setParameter(1, tenantId)
                .executeUpdate();
    }
}
