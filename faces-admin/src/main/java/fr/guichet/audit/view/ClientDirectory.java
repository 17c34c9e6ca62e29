package fr.guichet.audit.view;

import java.util.Optional;

/**
 * The clients as the audit log's pages name them: a port this feature owns, implemented by the tenancy feature
 * (which knows the clients), so that the audit log need not depend on it.
 */
public interface ClientDirectory {

    /** The id of the client with this slug (any case), if there is one. */
    Optional<String> idOfSlug(String slug);

    /** The client's name, or its id when it is gone. */
    String nameOf(String tenantId);
}
