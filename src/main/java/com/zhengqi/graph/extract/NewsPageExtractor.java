package com.zhengqi.graph.extract;

import com.zhengqi.graph.find.FindLayers;
import com.zhengqi.graph.find.FindStage;
import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.ArticleGraphs;
import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.Pipeline;
import com.zhengqi.graph.read.PageSplitter;
import com.zhengqi.graph.relate.RelateStage;
import com.zhengqi.graph.resolve.ChinaGazetteer;
import com.zhengqi.graph.resolve.ContextRegionFinder;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.Gazetteer;
import com.zhengqi.graph.resolve.RegionFinder;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The extraction engine: a page is cut into articles; each article becomes a {@link Document} that the
 * {@link #pipeline()}'s annotators read and add to (find/ then relate/, see docs/architecture.md), and the
 * document's graph records (graph-model.md) are made by {@link ArticleGraphs}.
 */
public final class NewsPageExtractor implements PageExtractor {

    private final PageSplitter splitter = new PageSplitter();
    private final Pipeline pipeline;
    private final Gazetteer gazetteer;
    private final RegionFinder regions;

    /** The engine with the gazetteer of every Chinese division (loaded once per JVM and shared). */
    public NewsPageExtractor() {
        this(ContextRegionFinder.shared(), ChinaGazetteer.shared());
    }

    public NewsPageExtractor(RegionFinder regions, Gazetteer gazetteer) {
        List<Annotator> annotators = new ArrayList<>(FindStage.annotators(regions));
        annotators.addAll(RelateStage.annotators(gazetteer));
        this.pipeline = new Pipeline(Set.of(FindLayers.PAGE_REGION), annotators);
        this.gazetteer = gazetteer;
        this.regions = regions;
    }

    /** The annotators every article runs through, in order. */
    public Pipeline pipeline() {
        return pipeline;
    }

    @Override
    public FileGraph extract(String source, String rawText) {
        return extract(source, rawText, PageHints.NONE);
    }

    @Override
    public FileGraph extract(String source, String rawText, PageHints hints) {
        List<ArticleGraph> graphs = new ArrayList<>();
        // the places of the site and of the articles read so far: a brief that names no place of its own is about
        // the page's region (on a county's site, that county)
        List<RegionMention> pagePlaces = new ArrayList<>();
        if (hints.site() != null) {
            pagePlaces.addAll(regions.find(hints.site()));
        }
        for (ArticleText split : splitter.split(rawText)) {
            if (split.text().isBlank()) {
                continue;
            }
            ArticleText article = split.publishedOn() == null && hints.publishedOn() != null
                    ? new ArticleText(split.title(), split.text(), hints.publishedOn(), split.newspaper(), split.credits())
                    : split;
            Document document = new Document(ArticleIds.of(article.text()), source, article);
            document.put(FindLayers.PAGE_REGION, pageRegion(pagePlaces));
            pipeline.annotate(document);
            pagePlaces.addAll(document.get(FindLayers.REGIONS));
            graphs.add(ArticleGraphs.of(document));
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
