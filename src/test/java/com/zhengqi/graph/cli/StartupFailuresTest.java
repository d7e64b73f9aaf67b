package com.zhengqi.graph.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one line a failed start-up prints for a listening address the machine does not have. */
class StartupFailuresTest {

    /** TEST-NET-2 (RFC 5737): documentation addresses, never assigned to a machine. */
    private static final String NOT_OURS = "198.51.100.7";

    @Test
    void anAddressThatIsNotThisMachinesIsNamedAsSuchEvenWhenNeo4jWrapsTheSocketsError() {
        BindException fromTheSystem = bindTo(NOT_OURS);
        // What Neo4j throws: its own BindException (PortBindException) with the socket's error as the cause.
        BindException neo4j = new BindException("An error occurred while trying to bind to the socket /" + NOT_OURS + ":7687");
        neo4j.initCause(fromTheSystem);

        String line = StartupFailures.explain(new IllegalStateException("Error starting Neo4j database server", neo4j));

        assertThat(line).startsWith("cannot listen on that address (An error occurred while trying to bind to the socket /198.51.100.7:7687)")
                .endsWith("check --bolt-address and server.address");
    }

    @Test
    void aPortInUseIsStillAPortInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> {
                try (ServerSocket second = new ServerSocket()) {
                    second.bind(taken.getLocalSocketAddress());
                }
            }).isInstanceOfSatisfying(BindException.class,
                    e -> assertThat(StartupFailures.explain(new IllegalStateException(e))).startsWith("a port is already in use ("));
        }
    }

    private static BindException bindTo(String address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, 0));
        } catch (BindException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(address + " is an address of this machine");
    }
}
