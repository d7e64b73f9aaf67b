package com.zhengqi.graph.store;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A stand-alone Neo4j server for tests: the same engine as the embedded default, in a JVM of its
 * own, with authentication ON, so the application can only reach it the way it reaches any external
 * server: over Bolt with a user and password. Arguments: home folder, Bolt port, password of user
 * neo4j. Prints {@code READY} when it accepts connections and stops when its stdin closes (the test
 * that started it ended or died).
 */
public final class ExternalNeo4jServer {

    public static final String READY = "READY";

    private ExternalNeo4jServer() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("64m"))
                .build();
        // The embedded API talks to the system database without logging in; that is how the first password is set.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait for the parent to close our stdin.
        }
        dbms.shutdown();
    }
}
