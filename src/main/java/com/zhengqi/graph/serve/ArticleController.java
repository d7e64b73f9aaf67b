package com.zhengqi.graph.serve;

import com.zhengqi.graph.store.GraphStats;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

/** Articles, search and counts. Every value reaches Cypher as a parameter, never as text. */
@Controller
class ArticleController {

    record Article(String id, String title, String source, String publishedOn, String newspaper, String text) {
    }

    record Entity(String id, List<String> labels, String name) {
    }

    static final int MAX_PAGE = 200;

    private final Driver driver;
    private final GraphStats stats;

    ArticleController(Driver driver, GraphStats stats) {
        this.driver = driver;
        this.stats = stats;
    }

    @QueryMapping
    Article article(@Argument String id) {
        return driver.executableQuery("MATCH (a:Article {id: $id}) RETURN a")
                .withParameters(Map.of("id", id)).execute().records().stream()
                .map(ArticleController::article).findFirst().orElse(null);
    }

    @QueryMapping
    List<Article> articles(@Argument int first) {
        return driver.executableQuery("MATCH (a:Article) RETURN a ORDER BY a.publishedOn DESC, a.id LIMIT $first")
                .withParameters(Map.of("first", page(first))).execute().records().stream()
                .map(ArticleController::article).toList();
    }

    @QueryMapping
    GraphStats.Counts stats() {
        return stats.counts();
    }

    @QueryMapping
    List<Entity> search(@Argument String text, @Argument int first) {
        String phrase = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return driver.executableQuery("""
                        CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: $first})
                        YIELD node, score
                        RETURN node.id AS id, labels(node) AS labels, node.name AS name""")
                .withParameters(Map.of("phrase", phrase, "first", page(first))).execute().records().stream()
                .map(ArticleController::entity).toList();
    }

    @SchemaMapping(typeName = "Article")
    List<Entity> mentions(Article article, @Argument int first) {
        return driver.executableQuery("""
                        MATCH (:Article {id: $id})-[:MENTIONS]->(n)
                        RETURN n.id AS id, labels(n) AS labels, n.name AS name ORDER BY name LIMIT $first""")
                .withParameters(Map.of("id", article.id(), "first", page(first))).execute().records().stream()
                .map(ArticleController::entity).toList();
    }

    private static int page(int first) {
        return Math.max(0, Math.min(first, MAX_PAGE));
    }

    private static Article article(Record r) {
        var a = r.get("a");
        return new Article(a.get("id").asString(), a.get("title").asString(null), a.get("source").asString(null),
                a.get("publishedOn").asString(null), a.get("newspaper").asString(null), a.get("text").asString(null));
    }

    private static Entity entity(Record r) {
        String id = r.get("id").isNull() ? r.get("name").asString() : r.get("id").asString();
        return new Entity(id, r.get("labels").asList(v -> v.asString()), r.get("name").asString(null));
    }
}
