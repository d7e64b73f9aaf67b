package com.zhengqi.graph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's Bolt port beyond loopback: opened with a password, which Neo4j then asks
 * of every client (this process's own driver included); without one, see {@code StartupRefusalTest}.
 * Loopback without a password is what every other database test runs on. The connection over the
 * machine's network address is tried when it has one besides loopback.
 */
class BoltAddressTest {

    private static final String PASSWORD = "bolt-test-secret";

    @TempDir
    Path dataDir;

    @Test
    void boltOnEveryInterfaceWithAPasswordAsksEveryClientForIt() {
        StoreProperties properties = new StoreProperties(null, "neo4j", PASSWORD, dataDir, "0.0.0.0", 0, "16m");

        try (DatabaseEndpoint endpoint = DatabaseEndpoint.from(properties)) {
            assertThat(endpoint.uri()).startsWith("bolt://127.0.0.1:");
            try (Driver own = GraphDatabase.driver(endpoint.uri(), endpoint.auth())) {
                assertThat(own.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt()).isOne();
            }
            assertRefused(endpoint.uri(), "");
            assertRefused(endpoint.uri(), "wrong-password");
            int port = Integer.parseInt(endpoint.uri().substring(endpoint.uri().lastIndexOf(':') + 1));
            Optional<String> lan = nonLoopbackAddress();
            if (lan.isPresent()) {
                String remote = "bolt://" + lan.get() + ":" + port;
                try (Driver fromTheNetwork = GraphDatabase.driver(remote, AuthTokens.basic("neo4j", PASSWORD))) {
                    fromTheNetwork.verifyConnectivity();
                }
                assertRefused(remote, "");
            }
        }
    }

    private static void assertRefused(String uri, String password) {
        try (Driver driver = GraphDatabase.driver(uri, password.isEmpty() ? AuthTokens.none() : AuthTokens.basic("neo4j", password))) {
            assertThatThrownBy(driver::verifyConnectivity).as("%s with password '%s'", uri, password).isInstanceOf(SecurityException.class);
        }
    }

    /** An IPv4 address of this machine that is not loopback, if it has one (a container may not). */
    private static Optional<String> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .map(InetAddress::getHostAddress).findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
