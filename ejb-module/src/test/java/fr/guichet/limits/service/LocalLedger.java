package fr.guichet.limits.service;

import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quota ledger outside the server: each call in a transaction of its own (as the container's REQUIRES_NEW
 * gives it), on an entity manager of its own, so that concurrent callers never share one.
 */
final class LocalLedger extends QuotaLedger {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    LocalLedger(EntityManagerFactory factory) {
        this.factory = factory;
        this.direct = new DirectStatements();
        this.em = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(current.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private <T> T inTransaction(Supplier<T> work) {
        EntityManager manager = factory.createEntityManager();
        current.set(manager);
        EntityTransaction transaction = manager.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            current.remove();
            manager.close();
        }
    }

    @Override
    public void open(String tenantId, String period) {
        inTransaction(() -> {
            super.open(tenantId, period);
            return null;
        });
    }

    @Override
    public Optional<QuotaUse> reserve(Reservation r) {
        return inTransaction(() -> super.reserve(r));
    }

    @Override
    public Optional<QuotaUse> read(String tenantId, String period) {
        return inTransaction(() -> super.read(tenantId, period));
    }
}
