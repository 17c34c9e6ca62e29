package fr.guichet.limits.service;

import fr.guichet.common.persistence.DirectStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Chooses the quota store once, at start-up: PostgreSQL's own when the server runs on it, else the portable one. */
@ApplicationScoped
public class QuotaStores {

    @Produces
    @ApplicationScoped
    QuotaStore store(DirectStatements direct, PostgresQuotaStore postgres, PortableQuotaStore portable) {
        return direct.postgres().isPresent() ? postgres : portable;
    }
}
