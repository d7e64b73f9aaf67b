package com.zhengqi.graph.serve;

import com.zhengqi.graph.store.GraphStats;
import com.zhengqi.graph.store.IngestActivity;
import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Articles, counts, and the {@code article} of every relationship: all relationships of a request
 * share one data loader, so their articles cost one statement per level of the query.
 */
@Controller
class ArticleController {

    private record MentionsKey(String articleId, int first) {
    }

    private final ArticleQueries articles;
    private final RelationshipQueries relationships;
    private final GraphStats stats;
    private final Arguments arguments;
    private final IngestActivity ingestActivity;

    ArticleController(ArticleQueries articles, RelationshipQueries relationships, GraphStats stats, Arguments arguments,
                      IngestActivity ingestActivity, BatchLoaderRegistry registry) {
        this.ingestActivity = ingestActivity;
        this.articles = articles;
        this.relationships = relationships;
        this.stats = stats;
        this.arguments = arguments;
        registry.forTypePair(String.class, Article.class).withName("articles")
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> articles.byIds(ids)));
        registry.<MentionsKey, List<Mention>>forName("articleMentions")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> ArgumentBatches.load(keys, MentionsKey::first,
                        (first, group) -> {
                            Map<String, List<Mention>> byArticle = relationships.mentionsIn(group.stream().map(MentionsKey::articleId).toList(), first);
                            return group.stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> byArticle.get(k.articleId())));
                        })));
    }

    @QueryMapping
    Article article(@Argument String id) {
        Article article = articles.byIds(List.of(id)).get(id);
        if (article == null) {
            throw ApiException.notFound("id", "article", id);
        }
        return article;
    }

    @QueryMapping
    List<Article> articles(@Argument int first) {
        return articles.latest(arguments.first(first));
    }

    @QueryMapping
    GraphStats.Counts stats() {
        return stats.counts();
    }

    @SchemaMapping(typeName = "GraphStats", field = "ingest")
    IngestActivity.Status ingest(GraphQLContext context) {
        ResponseCache.doNotKeep(context);
        return ingestActivity.status();
    }

    @BatchMapping(typeName = "Article", field = "text")
    Map<Article, String> text(List<Article> list) {
        return articles.texts(list);
    }

    @SchemaMapping(typeName = "Article", field = "mentions")
    CompletableFuture<List<Mention>> mentions(Article article, @Argument int first, DataLoader<MentionsKey, List<Mention>> articleMentions) {
        return articleMentions.load(new MentionsKey(article.id(), arguments.first(first)));
    }

    @BatchMapping(typeName = "Article", field = "reporters")
    Map<Article, List<Report>> reporters(List<Article> list) {
        return relationships.reportsOf(list);
    }

    @SchemaMapping(typeName = "Relationship", field = "article")
    CompletableFuture<Article> article(Relationship relationship, DataLoader<String, Article> articles) {
        return relationship.articleId() == null ? CompletableFuture.completedFuture(null) : articles.load(relationship.articleId());
    }

    @SchemaMapping(typeName = "InvestmentStatistic", field = "article")
    CompletableFuture<Article> article(InvestmentStatistic statistic, DataLoader<String, Article> articles) {
        return statistic.articleId() == null ? CompletableFuture.completedFuture(null) : articles.load(statistic.articleId());
    }
}
