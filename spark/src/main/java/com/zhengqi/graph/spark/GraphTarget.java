package com.zhengqi.graph.spark;

import com.zhengqi.graph.export.GraphExporter;
import com.zhengqi.graph.export.SnapshotReader;
import com.zhengqi.graph.store.EmbeddedNeo4j;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the driver writes the resolved graph: a Neo4j server or cluster by URI, or, for a CSV-only run,
 * an empty embedded database in a scratch folder, from which the CSV files are exported as
 * {@code export --format csv} writes them.
 */
final class GraphTarget implements AutoCloseable {

    private static final String SCRATCH_PAGE_CACHE = "256m";

    private final Driver driver;
    private final @Nullable EmbeddedNeo4j scratch;

    private GraphTarget(Driver driver, @Nullable EmbeddedNeo4j scratch) {
        this.driver = driver;
        this.scratch = scratch;
    }

    static GraphTarget scratch(Path folder) {
        EmbeddedNeo4j database = EmbeddedNeo4j.start(folder, 0, SCRATCH_PAGE_CACHE);
        try {
            return new GraphTarget(GraphDatabase.driver(database.boltUri(), AuthTokens.none()), database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static GraphTarget server(String uri, String user, @Nullable String password) {
        Driver driver = GraphDatabase.driver(uri, password == null || password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password));
        driver.verifyConnectivity();
        return new GraphTarget(driver, null);
    }

    Driver driver() {
        return driver;
    }

    /** The whole graph as CSV files and import.sh for {@code neo4j-admin database import full}. */
    void exportCsv(Path folder) throws IOException {
        new GraphExporter().writeCsvFolder(new SnapshotReader(driver).wholeGraph(), folder);
    }

    @Override
    public void close() {
        driver.close();
        if (scratch != null) {
            scratch.close();
        }
    }
}
