package com.zhengqi.graph.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the graph lives. With no {@code uri} an embedded Neo4j is started in {@code dataDir} with
 * Bolt on {@code boltAddress}:{@code boltPort} (127.0.0.1 unless told otherwise); with a {@code uri}
 * (bolt://, neo4j://, neo4j+s://) that server or cluster is used instead. A {@code password} is the
 * external server's, or turns on authentication in the embedded one (for {@code user}).
 */
@ConfigurationProperties("zhengqi.neo4j")
public record StoreProperties(String uri, String user, String password, Path dataDir, String boltAddress, Integer boltPort,
                              String pageCache) {

    static final String LOOPBACK = "127.0.0.1";

    public StoreProperties {
        user = user == null || user.isBlank() ? "neo4j" : user;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        boltAddress = boltAddress == null || boltAddress.isBlank() ? LOOPBACK : boltAddress.strip();
        boltPort = boltPort == null ? 7687 : boltPort;
        pageCache = pageCache == null || pageCache.isBlank() ? "256m" : pageCache;
    }

    /** An embedded database in {@code dataDir}, Bolt on loopback without authentication: what tests and tools open. */
    public static StoreProperties loopback(Path dataDir, int boltPort, String pageCache) {
        return new StoreProperties(null, null, null, dataDir, LOOPBACK, boltPort, pageCache);
    }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }

    /** Whether a password is set: the external server's, or the embedded one's, which then checks it. */
    public boolean authenticated() {
        return password != null && !password.isBlank();
    }
}
