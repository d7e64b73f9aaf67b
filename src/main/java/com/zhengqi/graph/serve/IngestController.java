package com.zhengqi.graph.serve;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;
import com.zhengqi.graph.store.IngestService;
import com.zhengqi.graph.store.WriteResult;
import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code ingestArticle}: the store's one ingest path ({@link IngestService}, as the CLI's) behind an API key. */
@Controller
class IngestController {

    /** Longest text accepted: a long newspaper page is about 20,000 characters. */
    static final int MAX_TEXT = 200_000;
    static final String DEFAULT_SOURCE = "graphql:ingestArticle";

    record ExtractedNode(String localId, List<String> labels, String name) {
    }

    record ExtractedRelationship(String type, String from, String to, String evidence) {
    }

    record ExtractedArticle(String id, String title, String publishedOn, List<ExtractedNode> nodes,
                            List<ExtractedRelationship> relationships) {

        static ExtractedArticle of(ArticleGraph article) {
            return new ExtractedArticle(article.id(), article.title(), article.publishedOn(),
                    article.nodes().stream().map(IngestController::node).toList(),
                    article.relationships().stream().map(IngestController::relationship).toList());
        }
    }

    record IngestResult(int articlesWritten, int articlesSkipped, int nodesCreated, int relationshipsCreated,
                        List<ExtractedArticle> articles) {
    }

    private final IngestService ingest;
    private final ApiKeys keys;

    IngestController(IngestService ingest, ApiKeys keys) {
        this.ingest = ingest;
        this.keys = keys;
    }

    @MutationMapping
    IngestResult ingestArticle(@Argument String text, @Argument @Nullable String source, @Argument @Nullable String publishedOn, GraphQLContext context) {
        if (!keys.anyConfigured()) {
            throw ApiException.unauthorized("mutations are disabled: no API key is configured (zhengqi.api.keys)");
        }
        if (!ApiKeyInterceptor.keyAccepted(context)) {
            throw ApiException.unauthorized("ingestArticle needs an API key: send Authorization: Bearer <key>");
        }
        String body = Arguments.notBlank("text", text);
        if (body.length() > MAX_TEXT) {
            throw ApiException.badArgument("text", "is longer than " + MAX_TEXT + " characters (" + body.length() + ")");
        }
        String date = Arguments.isoDate("publishedOn", publishedOn);
        String from = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
        IngestService.TextIngest ingested = ingest.ingestText(from, body, date);
        WriteResult written = ingested.written();
        return new IngestResult(written.articlesWritten(), written.articlesSkipped(), written.nodesCreated(),
                written.relationshipsCreated(), ingested.articles().stream().map(ExtractedArticle::of).toList());
    }

    @SchemaMapping(typeName = "ExtractedArticle", field = "article")
    CompletableFuture<Article> article(ExtractedArticle extracted, DataLoader<String, Article> articles) {
        return articles.load(extracted.id());
    }

    private static ExtractedNode node(GraphNode node) {
        Object title = node.properties().get("title");
        return new ExtractedNode(node.id(), node.labels(), node.name() != null ? node.name() : title == null ? null : title.toString());
    }

    private static ExtractedRelationship relationship(GraphRelationship r) {
        Object evidence = r.properties().get("evidence");
        return new ExtractedRelationship(r.type(), r.start(), r.end(), evidence == null ? null : evidence.toString());
    }
}
