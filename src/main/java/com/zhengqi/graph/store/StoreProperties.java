package com.zhengqi.graph.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the graph lives. With no {@code uri} an embedded Neo4j is started in {@code dataDir} with
 * Bolt on 127.0.0.1:{@code boltPort}; with a {@code uri} (bolt://, neo4j://, neo4j+s://) that server
 * or cluster is used instead.
 */
@ConfigurationProperties("zhengqi.neo4j")
public record StoreProperties(String uri, String user, String password, Path dataDir, Integer boltPort,
                              String pageCache) {

    public StoreProperties {
        user = user == null || user.isBlank() ? "neo4j" : user;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        boltPort = boltPort == null ? 7687 : boltPort;
        pageCache = pageCache == null || pageCache.isBlank() ? "256m" : pageCache;
    }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
