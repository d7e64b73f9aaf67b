package com.zhengqi.graph.security;

import org.jspecify.annotations.Nullable;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * When a listening socket may leave the loopback interface: only with authentication configured.
 * The HTTP server needs an API key of at least {@link #MIN_API_KEY_LENGTH} characters (the GraphQL
 * mutation checks it); a Bolt listener needs a Neo4j password. Loopback is always allowed, because
 * whoever can reach it can already read the data folder.
 */
public final class ExposurePolicy {

    public static final int MIN_API_KEY_LENGTH = 16;

    private ExposurePolicy() {
    }

    /** Why the HTTP server must not bind to this address with this key, or empty when it may. */
    public static Optional<String> checkHttp(@Nullable String address, @Nullable String apiKey) {
        if (isLoopback(address) || (apiKey != null && apiKey.strip().length() >= MIN_API_KEY_LENGTH)) {
            return Optional.empty();
        }
        return Optional.of(("refusing to serve HTTP on %s without an API key: anyone on the network could call the API. "
                + "Set ZHENGQI_API_KEY (zhengqi.api.key, at least %d characters), or bind to 127.0.0.1 (the default).")
                .formatted(describe(address), MIN_API_KEY_LENGTH));
    }

    /** Why a Bolt listener must not bind to this address with this password, or empty when it may. */
    public static Optional<String> checkBolt(@Nullable String address, @Nullable String password) {
        if (isLoopback(address) || (password != null && !password.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(("refusing to open Neo4j's Bolt port on %s without a password: anyone on the network could read and "
                + "change the graph. Set NEO4J_PASSWORD (zhengqi.neo4j.password), or bind to 127.0.0.1 (the default).")
                .formatted(describe(address)));
    }

    /**
     * Whether every connection to the address comes from this machine. No address means "all
     * interfaces" to servers, so it is not loopback; a host name counts only when it resolves to
     * loopback addresses alone.
     */
    static boolean isLoopback(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String host = address.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            InetAddress[] resolved = InetAddress.getAllByName(host);
            for (InetAddress a : resolved) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return resolved.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String describe(@Nullable String address) {
        return address == null || address.isBlank() ? "every network interface" : address.strip();
    }
}
