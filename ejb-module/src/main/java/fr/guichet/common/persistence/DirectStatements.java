package fr.guichet.common.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The data source of the chat path's single statements on PostgreSQL ({@code jdbc/guichetDirect}: autocommit,
 * outside JTA, durable commits). Each statement there is atomic on its own (a conditional {@code UPDATE … RETURNING},
 * a data-modifying {@code WITH}), so it needs no transaction around it: one round trip instead of a transaction's
 * three or four. Absent on Derby, where the same work goes through JPA.
 */
@ApplicationScoped
public class DirectStatements {

    static final String JNDI_NAME = "jdbc/guichetDirect";
    private static final System.Logger LOG = System.getLogger(DirectStatements.class.getName());

    private DataSource postgres;

    @PostConstruct
    void init() {
        try {
            postgres = InitialContext.doLookup(JNDI_NAME);
            LOG.log(Level.INFO, "Chat path statements go through " + JNDI_NAME);
        } catch (NamingException e) {
            postgres = null;
        }
    }

    /**
     * The insert with PostgreSQL's {@code ON CONFLICT DO NOTHING}: a row that another server wrote first is left
     * as it is. Unchanged on Derby, which has one server ({@link Stripes} serialize its writers).
     */
    public String ignoringDuplicates(String insert) {
        return postgres == null ? insert : insert + " ON CONFLICT DO NOTHING";
    }

    /** The PostgreSQL data source of single statements; empty on other databases. */
    public Optional<DataSource> postgres() {
        return Optional.ofNullable(postgres);
    }
}
