package com.zhengqi.graph.store;

import com.zhengqi.graph.security.ExposurePolicy;
import com.zhengqi.graph.security.UnsafeExposureException;
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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The zero-install default: a Neo4j database running inside this JVM, reachable over Bolt so any
 * Neo4j client (cypher-shell, Browser, drivers) can query it while the application runs. Bolt
 * listens on loopback unless another address is configured, which is refused without a password
 * (see {@link ExposurePolicy#checkBolt}); with a password, Neo4j's authentication is on.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /**
     * The file in the data folder that holds the Bolt URI of the process that has the database open,
     * so that a second process, refused the folder, can say which port to send its work to.
     */
    private static final String BOLT_URI_FILE = "bolt-uri.txt";

    /** Neo4j refuses shorter passwords ({@code dbms.security.auth_minimum_password_length}). */
    static final int MIN_PASSWORD_LENGTH = 8;

    private final DatabaseManagementService dbms;
    private final String connectHost;
    private final int boltPort;
    private final Path boltUriFile;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String connectHost, int boltPort, Path dataDir) {
        this.dbms = dbms;
        this.connectHost = connectHost;
        this.boltPort = boltPort;
        this.boltUriFile = dataDir.resolve(BOLT_URI_FILE);
        try {
            Files.writeString(boltUriFile, boltUri() + "\n");
        } catch (IOException e) {
            // Only a later refusal message loses its port; the database itself is fine.
        }
    }

    /** The Bolt URI of the process that has {@code dataDir} open, as it recorded it; empty when it did not. */
    public static Optional<String> boltUriOfOpenDatabase(Path dataDir) {
        try {
            return Optional.of(Files.readString(dataDir.resolve(BOLT_URI_FILE)).strip()).filter(uri -> !uri.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Starts the database in {@code home}, Bolt on loopback without authentication; port 0 picks any free port. */
    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache) {
        return start(StoreProperties.loopback(home, boltPort, pageCache));
    }

    /**
     * Starts the database in {@code dataDir} with Bolt on {@code boltAddress}:{@code boltPort} (0 picks a
     * free port). Blocks until the database is up. An address beyond loopback without a password is
     * refused before anything is opened.
     */
    public static EmbeddedNeo4j start(StoreProperties properties) {
        checkExposure(properties);
        int port = properties.boltPort() == 0 ? freePort() : properties.boltPort();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Without a password Bolt is on loopback only (checked above): whoever can reach it can already read data/ directly.
                .setConfig(GraphDatabaseSettings.auth_enabled, properties.authenticated())
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .build();
        try {
            if (properties.authenticated()) {
                setPassword(dbms, properties.user(), properties.password());
            }
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        return new EmbeddedNeo4j(dbms, connectHost(properties.boltAddress()), port, properties.dataDir());
    }

    private static void checkExposure(StoreProperties properties) {
        ExposurePolicy.checkBolt(properties.boltAddress(), properties.password()).ifPresent(reason -> {
            throw new UnsafeExposureException("--bolt-address " + properties.boltAddress() + ": " + reason);
        });
        if (properties.authenticated() && properties.password().length() < MIN_PASSWORD_LENGTH) {
            throw new UnsafeExposureException("--neo4j-password: the embedded database needs a password of at least %d characters"
                    .formatted(MIN_PASSWORD_LENGTH));
        }
    }

    /**
     * Makes {@code user}'s password the configured one at every start, so that changing the setting
     * is enough; the embedded API needs no login to do it.
     */
    private static void setPassword(DatabaseManagementService dbms, String user, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> parameters = Map.of("user", user, "password", password);
        system.executeTransactionally("CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", parameters);
        system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", parameters);
    }

    /** Where this process connects: loopback when Bolt listens on every interface, else the address itself. */
    private static String connectHost(String address) {
        try {
            InetAddress bound = InetAddress.getByName(address);
            if (bound.isAnyLocalAddress()) {
                return StoreProperties.LOOPBACK;
            }
        } catch (UnknownHostException e) {
            // Neo4j bound to it, so it resolves; if not, the driver's error names it.
        }
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
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

    /** The application's database, for reading in this process without Bolt. */
    GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public String boltUri() {
        return "bolt://" + connectHost + ":" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
        try {
            Files.deleteIfExists(boltUriFile);
        } catch (IOException e) {
            // A stale file names a port only while the lock is held, i.e. by a process that rewrote it.
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for Bolt", e);
        }
    }
}
