package com.zhengqi.graph.extract;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.MentionFinder;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.read.PageSplitter;
import com.zhengqi.graph.relate.ArticleReader;
import com.zhengqi.graph.resolve.ChinaGazetteer;
import com.zhengqi.graph.resolve.ContextRegionFinder;
import com.zhengqi.graph.resolve.Gazetteer;
import com.zhengqi.graph.resolve.RegionFinder;

import java.util.ArrayList;
import java.util.List;

/**
 * The extraction engine: a page is cut into articles, each article's mentions are found (find/), turned into
 * relations with their evidence (relate/), and returned as the graph of graph-model.md.
 */
public final class NewsPageExtractor implements PageExtractor {

    private final PageSplitter splitter = new PageSplitter();
    private final MentionFinder finder;
    private final ArticleReader reader;

    /** The engine with the gazetteer of every Chinese division (loaded once per JVM and shared). */
    public NewsPageExtractor() {
        this(ContextRegionFinder.shared(), ChinaGazetteer.shared());
    }

    public NewsPageExtractor(RegionFinder regions, Gazetteer gazetteer) {
        this.finder = new MentionFinder(regions);
        this.reader = new ArticleReader(gazetteer);
    }

    @Override
    public FileGraph extract(String source, String rawText) {
        List<ArticleGraph> graphs = new ArrayList<>();
        for (ArticleText article : splitter.split(rawText)) {
            if (article.text().isBlank()) {
                continue;
            }
            String id = ArticleIds.of(article.text());
            ArticleMentions mentions = finder.find(article.text());
            graphs.add(reader.read(id, source, article, mentions));
        }
        return new FileGraph(source, graphs);
    }
}
