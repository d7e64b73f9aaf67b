package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles by id (one or many at once), the latest articles, and article texts. */
@Component
class ArticleQueries {

    private static final String BY_IDS = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN " + Fragments.ARTICLE + " AS a";
    private static final String LATEST = "MATCH (a:Article) RETURN " + Fragments.ARTICLE
            + " AS a ORDER BY a.publishedOn DESC, a.id LIMIT $first";
    private static final String TEXTS = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS key, [a.text] AS items";

    private final CypherReads reads;
    private final BatchReads batches;

    ArticleQueries(CypherReads reads, BatchReads batches) {
        this.reads = reads;
        this.batches = batches;
    }

    Map<String, Article> byIds(Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        for (Value r : reads.list(BY_IDS, Map.of("ids", List.copyOf(ids)))) {
            Article article = Article.of(r.get("a"));
            found.put(article.id(), article);
        }
        return found;
    }

    List<Article> latest(int first) {
        return reads.list(LATEST, Map.of("first", first)).stream().map(r -> Article.of(r.get("a"))).toList();
    }

    Map<Article, String> texts(Collection<Article> articles) {
        Map<Article, String> texts = new HashMap<>();
        batches.lists(articles, Article::id, TEXTS, v -> v.isNull() ? null : v.asString())
                .forEach((article, items) -> texts.put(article, items.isEmpty() ? null : items.getFirst()));
        return texts;
    }
}
