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
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionMention;
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
    private final Gazetteer gazetteer;

    /** The engine with the gazetteer of every Chinese division (loaded once per JVM and shared). */
    public NewsPageExtractor() {
        this(ContextRegionFinder.shared(), ChinaGazetteer.shared());
    }

    public NewsPageExtractor(RegionFinder regions, Gazetteer gazetteer) {
        this.finder = new MentionFinder(regions);
        this.reader = new ArticleReader(gazetteer);
        this.gazetteer = gazetteer;
    }

    @Override
    public FileGraph extract(String source, String rawText) {
        List<ArticleGraph> graphs = new ArrayList<>();
        // the places of the articles read so far: a brief that names no place of its own is about the page's region
        List<RegionMention> pagePlaces = new ArrayList<>();
        for (ArticleText article : splitter.split(rawText)) {
            if (article.text().isBlank()) {
                continue;
            }
            String id = ArticleIds.of(article.text());
            Division pageRegion = pageRegion(pagePlaces);
            ArticleMentions mentions = finder.find(article.text(), pageRegion);
            pagePlaces.addAll(mentions.regions());
            graphs.add(reader.read(id, source, article, mentions, pageRegion));
        }
        return new FileGraph(source, graphs);
    }

    /** The province, city or county the page's articles so far are about; else the place its first zone lies in. */
    private Division pageRegion(List<RegionMention> places) {
        Division main = ContextRegionFinder.mainRegion(places);
        if (main != null) {
            return main;
        }
        return places.stream().filter(p -> "ZONE".equals(p.division().level())).findFirst()
                .flatMap(zone -> gazetteer.ancestors(zone.division()).stream().findFirst()).orElse(null);
    }
}
