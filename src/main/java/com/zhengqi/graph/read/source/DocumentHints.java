package com.zhengqi.graph.read.source;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.GraphNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts what a file stated about a document onto the articles extracted from it: the publication
 * date where the text gave none (else one inferred from the article's text, marked {@code publishedOnInferred}),
 * the title when the document is one article, the article's place in the document ({@code part}, from 1) when
 * it holds several, and the original traditional text when the document was converted to simplified characters.
 */
public final class DocumentHints {

    private DocumentHints() {
    }

    public static FileGraph apply(SourceDocument document, FileGraph extracted) {
        List<ArticleGraph> articles = extracted.articles();
        boolean single = articles.size() == 1;
        List<ArticleGraph> hinted = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ArticleGraph article = articles.get(i);
            String title = single && document.title() != null ? document.title() : article.title();
            String publishedOn = article.publishedOn() != null ? article.publishedOn() : document.publishedOn();
            Map<String, Object> extra = new HashMap<>();
            extra.put("title", title);
            if (publishedOn == null) {
                publishedOn = PublicationDates.inferred(article.text()).orElse(null);
                if (publishedOn != null) {
                    extra.put("publishedOnInferred", true);
                }
            }
            if (publishedOn != null) {
                extra.put("publishedOn", publishedOn);
            }
            if (!single) {
                extra.put("part", i + 1);
            }
            // Several articles share one page, and the original text of each is not known apart.
            if (single && document.originalText() != null) {
                extra.put("originalText", document.originalText());
            }
            hinted.add(new ArticleGraph(article.id(), title, article.source(), publishedOn, article.newspaper(), article.text(),
                    withArticleProperties(article, extra), article.relationships()));
        }
        return new FileGraph(extracted.source(), hinted);
    }

    private static List<GraphNode> withArticleProperties(ArticleGraph article, Map<String, Object> extra) {
        return article.nodes().stream().map(node -> {
            if (!"Article".equals(node.primaryLabel())) {
                return node;
            }
            Map<String, Object> properties = new HashMap<>(node.properties());
            extra.forEach((key, value) -> {
                if (value != null) {
                    properties.put(key, value);
                }
            });
            return new GraphNode(node.id(), node.labels(), properties);
        }).toList();
    }
}
