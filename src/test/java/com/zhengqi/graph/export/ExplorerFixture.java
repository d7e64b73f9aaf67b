package com.zhengqi.graph.export;

import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The small graph the explorer and export tests load (src/test/resources/explorer/fixture.cypher):
 * 李富生 leads 北关区 and visited four companies, 北关区 has six projects in two industries, 华凯集团
 * invests 16亿元 in a project in 建华区; every relationship read from text has its evidence sentence.
 */
public final class ExplorerFixture {

    public static final String RESOURCE = "/explorer/fixture.cypher";
    public static final int NODES = 24;
    public static final int RELATIONSHIPS = 28;
    public static final String LI_FUSHENG = "person:李富生@北关区";
    public static final List<String> COMPANIES_HE_VISITED = List.of("广泽集团", "吴江市顺业纺织有限公司", "苏州国冠纺织有限公司", "伍创电子商务有限公司");

    private ExplorerFixture() {
    }

    /** Runs the fixture's statements (one a line, comments skipped) against the database. */
    public static void load(Driver driver) {
        runScript(driver, read(RESOURCE));
    }

    /** Runs a script of one-line statements ending with semicolons, as cypher-shell would. */
    public static void runScript(Driver driver, String script) {
        for (String line : script.lines().toList()) {
            String statement = line.strip();
            if (statement.isEmpty() || statement.startsWith("//")) {
                continue;
            }
            if (!statement.endsWith(";")) {
                throw new IllegalArgumentException("statement does not end with a semicolon: " + statement.substring(0, Math.min(80, statement.length())));
            }
            driver.executableQuery(statement.substring(0, statement.length() - 1)).execute();
        }
    }

    private static String read(String resource) {
        try (InputStream in = ExplorerFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
