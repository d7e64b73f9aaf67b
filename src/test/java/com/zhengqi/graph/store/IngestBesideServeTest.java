package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} and {@code ingest} at once on one database: ingest writes through the serving
 * process's Bolt port (--neo4j-uri), and what it writes is what the server then answers.
 */
class IngestBesideServeTest extends GraphTestSupport {

    @Autowired
    DatabaseEndpoint endpoint;

    @BeforeEach
    void emptyGraph() {
        clearGraph();
    }

    @Test
    void ingestWritesIntoTheRunningServerThroughItsBoltPort() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "ingest", "--neo4j-uri", endpoint.uri(), SEEDS.resolve("000_64d736ac5815972c.txt").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isPositive();
        assertThat(count("MATCH (a:Article) WHERE a.source ENDS WITH '000_64d736ac5815972c.txt' RETURN count(a)"))
                .isEqualTo(count("MATCH (a:Article) RETURN count(a)"));
    }
}
