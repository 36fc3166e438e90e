package org.schemadiscovery.api.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * One discovery run's view of the database, opened by {@link DiscoveryStrategy#open}. Each method answers for the
 * whole scope with a fixed number of statements. A method may throw {@link SQLException}: core classifies it with
 * {@link DiscoveryStrategy#classify} and retries, warns or falls back. Kinds a dialect does not have keep the empty
 * defaults.
 */
public interface DiscoverySession extends AutoCloseable {
    /** The context the session was opened with. */
    DiscoveryContext context();

    /** The current (counting) connection. */
    default Connection connection() {
        return context().connections().connection();
    }

    /** Runtime capabilities and settings, added to the static ones. */
    DatabaseCapabilities probe() throws SQLException;

    /** Schema names in scope, in order. */
    List<String> schemas(DiscoveryScope scope) throws SQLException;

    /**
     * Owner, comment and privileges of the schemas in scope that have any, called after {@link #schemas}. Dialects
     * without them keep the empty default.
     */
    default Discovered<SchemaDetails> schemaDetails(DiscoveryScope scope) throws SQLException {
        return Discovered.empty();
    }

    /** Tables with columns, triggers, partitioning, owner, comment and policies (indexes and constraints come later). */
    Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException;

    /** Views and materialized views with their columns. */
    default Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
        return Discovered.empty();
    }

    /** Sequences. */
    default Discovered<SequenceInfo> sequences(DiscoveryScope scope) throws SQLException {
        return Discovered.empty();
    }

    /** User-defined types. */
    default Discovered<TypeInfo> types(DiscoveryScope scope) throws SQLException {
        return Discovered.empty();
    }

    /** Routines. */
    default Discovered<RoutineInfo> routines(DiscoveryScope scope) throws SQLException {
        return Discovered.empty();
    }

    /** Installed extensions. */
    default Discovered<ExtensionInfo> extensions(DiscoveryScope scope) throws SQLException {
        return Discovered.empty();
    }

    /**
     * A digest of the catalog state for the scope (see {@link SchemaFingerprint}), in a constant number of
     * statements, so that a caller can tell without a discovery whether the schema changed. Empty when the dialect
     * cannot take one (the generic fallback): such a schema is never cached.
     */
    default Optional<SchemaFingerprint> fingerprint(DiscoveryScope scope) throws SQLException {
        return Optional.empty();
    }

    /**
     * A cheap pre-check for {@link #fingerprint}: an opaque token, read before the fingerprint in this session, that
     * a cache stores beside a fingerprint and compares on the next run; while the token is the same the stored
     * fingerprint is taken as current and {@link #fingerprint} is not called. Contract: <b>equal tokens must imply an
     * equal fingerprint</b> of the same scope (a token may move without the fingerprint moving, which only costs a
     * fingerprint). Empty when the dialect has none or cannot vouch for this database (the default): the fingerprint
     * then decides.
     *
     * <p>Example: SQLite's token is the identity, size and times of the database files in scope plus each schema's
     * {@code schema_version}, read without the schema parse a first {@code sqlite_schema} read costs.
     */
    default Optional<String> fingerprintToken(DiscoveryScope scope) throws SQLException {
        return Optional.empty();
    }

    /** Dialect-specific recommendations; the generic rules live in core. */
    default List<Recommendation> recommendations(SchemaInfo schema) throws SQLException {
        return List.of();
    }

    /**
     * The dialect's recommendations for a model a cache merged from a stored snapshot and the tables and views this
     * session just reread under a table restriction, asked in this session so that the reread needs no second
     * session over the whole scope. They must equal {@link #recommendations} of {@code merged} in an unrestricted
     * session, except that server state no fingerprint covers (such as index usage statistics) may be taken from
     * {@code stored} for the tables not reread, as a cache hit takes all of it. Empty (the default) when the dialect
     * cannot answer so, say because a rule reads the server for the whole scope: core then calls
     * {@link #recommendations} in a session over the whole scope.
     *
     * @param merged the merged model, its recommendations empty
     * @param stored the snapshot before the reread, with its recommendations (core's and the dialect's)
     * @param reread the tables and views reread (those gone are no longer in {@code merged})
     */
    default Optional<List<Recommendation>> recommendationsAfterReread(SchemaInfo merged, SchemaInfo stored,
                                                                     Set<TableRef> reread) throws SQLException {
        return Optional.empty();
    }

    /** Ends the snapshot and restores the connection's state. */
    @Override
    void close() throws SQLException;
}
