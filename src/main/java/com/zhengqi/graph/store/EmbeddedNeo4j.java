package com.zhengqi.graph.store;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.io.ByteUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * The zero-install default: a Neo4j database running inside this JVM, reachable over Bolt on the
 * loopback interface only, so any Neo4j client (cypher-shell, Browser, drivers) can query it while
 * the application runs.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /** Starts the database in {@code home}; port 0 picks any free port. Blocks until the database is up. */
    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache) {
        int port = boltPort == 0 ? freePort() : boltPort;
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Loopback only, so no password: whoever can reach it can already read data/ directly.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .build();
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return new EmbeddedNeo4j(dbms, port);
    }

    /**
     * Calls {@code listener} after every transaction that changed the graph commits, whoever ran it
     * (this application, or any client on the Bolt port).
     */
    void afterEveryWrite(Runnable listener) {
        dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, new TransactionEventListenerAdapter<Object>() {
            @Override
            public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
                listener.run();
            }
        });
    }

    public String boltUri() {
        return "bolt://" + LOOPBACK + ":" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for Bolt", e);
        }
    }
}
