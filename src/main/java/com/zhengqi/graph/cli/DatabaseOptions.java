package com.zhengqi.graph.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Options shared by every command that talks to Neo4j: the embedded default or an external server. */
final class DatabaseOptions {

    @Option(names = "--neo4j-uri", defaultValue = "${env:NEO4J_URI}", paramLabel = "URI",
            description = "External Neo4j server or cluster (bolt://, neo4j://, neo4j+s://). Default: an embedded database in --data-dir. Env: NEO4J_URI.")
    String uri;

    @Option(names = "--neo4j-user", defaultValue = "${env:NEO4J_USER:-neo4j}", paramLabel = "USER",
            description = "User for --neo4j-uri (default ${DEFAULT-VALUE}). Env: NEO4J_USER.")
    String user;

    @Option(names = "--neo4j-password", defaultValue = "${env:NEO4J_PASSWORD}", paramLabel = "PASSWORD",
            description = "Password for --neo4j-uri; without --neo4j-uri it turns on the embedded database's authentication "
                    + "(at least 8 characters). Env: NEO4J_PASSWORD.")
    String password;

    @Option(names = "--data-dir", defaultValue = "data", paramLabel = "DIR",
            description = "Folder of the embedded database (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--bolt-address", defaultValue = "${env:NEO4J_BOLT_ADDRESS:-127.0.0.1}", paramLabel = "ADDRESS",
            description = "Address the embedded database's Bolt port listens on (default ${DEFAULT-VALUE}); any other than "
                    + "loopback (0.0.0.0 for every interface) needs --neo4j-password. Env: NEO4J_BOLT_ADDRESS.")
    String boltAddress;

    @Option(names = "--bolt-port", defaultValue = "7687", paramLabel = "PORT",
            description = "Bolt port of the embedded database; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int boltPort;

    Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        if (uri != null && !uri.isBlank()) {
            properties.put("zhengqi.neo4j.uri", uri);
        }
        properties.put("zhengqi.neo4j.user", user);
        if (password != null) {
            properties.put("zhengqi.neo4j.password", password);
        }
        properties.put("zhengqi.neo4j.data-dir", dataDir.toString());
        properties.put("zhengqi.neo4j.bolt-address", boltAddress);
        properties.put("zhengqi.neo4j.bolt-port", boltPort);
        return properties;
    }
}
