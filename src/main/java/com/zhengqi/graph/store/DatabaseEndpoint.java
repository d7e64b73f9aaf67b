package com.zhengqi.graph.store;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;

import java.util.Optional;

/**
 * Where the driver connects: the embedded database this process started, or an external server or
 * cluster. Closing it stops the embedded database, if there is one.
 */
public final class DatabaseEndpoint implements AutoCloseable {

    private final String uri;
    private final AuthToken auth;
    private final @Nullable EmbeddedNeo4j embedded;

    private DatabaseEndpoint(String uri, AuthToken auth, @Nullable EmbeddedNeo4j embedded) {
        this.uri = uri;
        this.auth = auth;
        this.embedded = embedded;
    }

    static DatabaseEndpoint from(StoreProperties properties) {
        AuthToken auth = properties.authenticated() ? AuthTokens.basic(properties.user(), properties.password()) : AuthTokens.none();
        if (properties.embedded()) {
            EmbeddedNeo4j embedded = EmbeddedNeo4j.start(properties);
            return new DatabaseEndpoint(embedded.boltUri(), auth, embedded);
        }
        return new DatabaseEndpoint(properties.uri(), auth, null);
    }

    public String uri() {
        return uri;
    }

    AuthToken auth() {
        return auth;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * The embedded database itself, for reads in this process (no Bolt, no driver); empty for an
     * external database.
     */
    public Optional<GraphDatabaseService> embeddedDatabase() {
        return embedded == null ? Optional.empty() : Optional.of(embedded.database());
    }

    /**
     * Calls {@code listener} after every committed write to the embedded database, whoever made it.
     * Returns false, registering nothing, for an external database: its writes cannot be observed from here.
     */
    public boolean afterEveryWrite(Runnable listener) {
        if (embedded == null) {
            return false;
        }
        embedded.afterEveryWrite(listener);
        return true;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
