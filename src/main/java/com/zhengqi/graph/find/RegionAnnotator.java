package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;
import com.zhengqi.graph.resolve.RegionFinder;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.List;
import java.util.Set;

/** Places, each resolved to one division with the article (and the page) as context. */
final class RegionAnnotator implements Annotator {

    private final RegionFinder finder;

    RegionAnnotator(RegionFinder finder) {
        this.finder = finder;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FindLayers.PAGE_REGION);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.REGIONS);
    }

    @Override
    public void annotate(Document document) {
        List<RegionMention> regions = List.copyOf(finder.find(document.text(), document.get(FindLayers.PAGE_REGION)));
        regions.forEach(r -> document.addMention(MentionType.REGION, r.start(), r.end()));
        document.put(FindLayers.REGIONS, regions);
    }

    @Override
    public String describe() {
        return "resolve.RegionFinder: gazetteer names, short forms and zones";
    }
}
