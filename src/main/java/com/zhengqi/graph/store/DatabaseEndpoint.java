package com.zhengqi.graph.store;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Where the driver connects: the embedded database this process started, or an external server or
 * cluster. Closing it stops the embedded database, if there is one.
 *
 * <p>The embedded database starts on a thread of its own while the rest of the application is built
 * (it was a third of start-up's CPU on the main thread, see docs/performance.md): its URI is known at
 * once, and what needs the database itself waits for it ({@link #embeddedDatabase()}). A failure to
 * start (say, another process holds the store) is thrown, unchanged, to whoever waits first.
 */
public final class DatabaseEndpoint implements AutoCloseable {

    private final String uri;
    private final AuthToken auth;
    private final @Nullable CompletableFuture<EmbeddedNeo4j> embedded;
    /** Write listeners asked for before the embedded database was up; guarded by itself. */
    private final List<Runnable> writeListeners = new ArrayList<>();
    /** The embedded database once it is up and has every listener asked for so far; guarded by writeListeners. */
    private @Nullable EmbeddedNeo4j started;

    private DatabaseEndpoint(String uri, AuthToken auth, @Nullable CompletableFuture<EmbeddedNeo4j> embedded) {
        this.uri = uri;
        this.auth = auth;
        this.embedded = embedded;
    }

    private DatabaseEndpoint(StoreProperties properties, AuthToken auth) {
        int port = EmbeddedNeo4j.checkedPort(properties);
        this.uri = EmbeddedNeo4j.boltUri(properties, port);
        this.auth = auth;
        this.embedded = new CompletableFuture<>();
        Thread.ofPlatform().name("neo4j-start").start(() -> {
            try {
                EmbeddedNeo4j database = EmbeddedNeo4j.open(properties, port);
                synchronized (writeListeners) {
                    writeListeners.forEach(database::afterEveryWrite);
                    started = database;
                }
                embedded.complete(database);
            } catch (Throwable e) {
                embedded.completeExceptionally(e);
            }
        });
    }

    static DatabaseEndpoint from(StoreProperties properties) {
        AuthToken auth = properties.authenticated() ? AuthTokens.basic(properties.user(), properties.password()) : AuthTokens.none();
        if (properties.embedded()) {
            return new DatabaseEndpoint(properties, auth);
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
     * external database. Waits for the embedded database to be up.
     */
    public Optional<GraphDatabaseService> embeddedDatabase() {
        return embedded == null ? Optional.empty() : Optional.of(up(embedded).database());
    }

    /**
     * Waits for the embedded database to be up (at once for an external one): the driver can reach it only then.
     * Throws what stopped it from starting.
     */
    void awaitStarted() {
        if (embedded != null) {
            up(embedded);
        }
    }

    /** The started database, or the very exception that stopped it from starting. */
    private static EmbeddedNeo4j up(CompletableFuture<EmbeddedNeo4j> embedded) {
        try {
            return embedded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Calls {@code listener} after every committed write to the embedded database, whoever made it.
     * Returns false, registering nothing, for an external database: its writes cannot be observed from here.
     * Does not wait for the embedded database: a listener asked for before it is up is registered before
     * anything can write to it.
     */
    public boolean afterEveryWrite(Runnable listener) {
        if (embedded == null) {
            return false;
        }
        synchronized (writeListeners) {
            if (started != null) {
                started.afterEveryWrite(listener);
            } else {
                writeListeners.add(listener);
            }
        }
        return true;
    }

    @Override
    public void close() {
        if (embedded != null) {
            // A database still starting is stopped once it is up; one that failed to start has nothing to stop.
            EmbeddedNeo4j database = embedded.handle((up, failure) -> up).join();
            if (database != null) {
                database.close();
            }
        }
    }
}
